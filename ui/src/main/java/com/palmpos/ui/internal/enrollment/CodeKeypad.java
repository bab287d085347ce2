package com.palmpos.ui.internal.enrollment;

import com.palmpos.ui.internal.fx.Shortcuts;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;

/**
 * On-screen keys for pre-enrollment codes: exactly the characters codes use (so a wrong one cannot be pressed),
 * plus "delete". Keys are {@code #pre-key-X} and 64 px square. FX thread only.
 */
final class CodeKeypad extends GridPane {

    private static final int COLUMNS = 8;

    CodeKeypad(Consumer<Character> onKey, Runnable onBackspace, Messages messages) {
        setId("pre-keypad");
        getStyleClass().add("code-keypad");
        String keys = PreEnrollmentCode.ALPHABET;
        for (int i = 0; i < keys.length(); i++) {
            char key = keys.charAt(i);
            Button button = JourneyFrame.button("pre-key-" + key, String.valueOf(key), () -> onKey.accept(key));
            button.getStyleClass().add("code-key");
            button.setFocusTraversable(false);
            add(button, i % COLUMNS, i / COLUMNS);
        }
        Button back = JourneyFrame.button("pre-key-back", messages.get("enrollment.pre.delete"), onBackspace);
        back.getStyleClass().addAll("code-key", "code-key-wide");
        Shortcuts.decorate(back, EnrollmentShortcuts.DELETE, messages);
        back.setFocusTraversable(false);
        add(back, keys.length() % COLUMNS, keys.length() / COLUMNS, COLUMNS - keys.length() % COLUMNS, 1);
    }
}
