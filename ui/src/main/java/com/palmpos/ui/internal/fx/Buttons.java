package com.palmpos.ui.internal.fx;

import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;

/** Small factory for the counter's buttons: id, text, style and the shortcut shown on the button. */
public final class Buttons {

    private Buttons() {
    }

    public static Button of(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A button that shows its shortcut ("Pay  F9") and says it in its tooltip. */
    public static Button of(String id, String text, KeyCombination shortcut, Messages messages, Runnable action) {
        Button button = of(id, text, action);
        Shortcuts.decorate(button, shortcut, messages);
        return button;
    }

    public static Button primary(String id, String text, KeyCombination shortcut, Messages messages, Runnable action) {
        Button button = of(id, text, shortcut, messages, action);
        button.getStyleClass().add("primary");
        return button;
    }
}
