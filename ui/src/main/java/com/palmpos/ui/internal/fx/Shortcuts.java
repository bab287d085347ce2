package com.palmpos.ui.internal.fx;

import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Every keyboard shortcut of the shell, in one place, and how buttons show them. */
public final class Shortcuts {

    public static final KeyCombination MANAGER = new KeyCodeCombination(KeyCode.F12);
    public static final KeyCombination MANAGER_ALT = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.ESCAPE);
    public static final KeyCombination CHANGE_PIN = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER);

    private Shortcuts() {
    }

    /** Shows {@code shortcut} small on the button's right and in its tooltip ("Manager (F12)"). */
    public static void decorate(Button button, KeyCombination shortcut, Messages messages) {
        Label hint = new Label(shortcut.getDisplayText());
        hint.getStyleClass().add("shortcut-hint");
        button.setGraphic(hint);
        button.setContentDisplay(ContentDisplay.RIGHT);
        button.setGraphicTextGap(10);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(button.textProperty().map(text ->
                messages.get("shortcut.tooltip", text, shortcut.getDisplayText())));
        button.setTooltip(tooltip);
    }

    /** The digit 0-9 a key stands for (main row or numeric keypad), or -1. */
    public static int digitOf(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code.ordinal() >= KeyCode.DIGIT0.ordinal() && code.ordinal() <= KeyCode.DIGIT9.ordinal()) {
            return code.ordinal() - KeyCode.DIGIT0.ordinal();
        }
        if (code.ordinal() >= KeyCode.NUMPAD0.ordinal() && code.ordinal() <= KeyCode.NUMPAD9.ordinal()) {
            return code.ordinal() - KeyCode.NUMPAD0.ordinal();
        }
        return -1;
    }
}
