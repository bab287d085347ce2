package com.palmpos.ui.internal.enrollment;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The enrollment area's keyboard shortcuts, in one place (the buttons show them). */
public final class EnrollmentShortcuts {

    /** From the counter: enroll the customer's palm. */
    public static final KeyCombination ENROLL = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    /** From the counter: complete a pre-enrollment with its code. */
    public static final KeyCombination PRE_ENROLL = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    /** From the counter: loyalty account of the customer (link, open, points). */
    public static final KeyCombination LOYALTY = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    static final KeyCombination PRIMARY = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);
    static final KeyCombination RETRY = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination NEW_ACCOUNT = new KeyCodeCombination(KeyCode.F6);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.BACK_SPACE);

    private EnrollmentShortcuts() {
    }

    /** The journey a key pressed on the counter opens, if any. */
    public static Optional<Journey> journeyFor(KeyEvent event) {
        if (ENROLL.match(event)) {
            return Optional.of(Journey.ENROLL);
        }
        if (PRE_ENROLL.match(event)) {
            return Optional.of(Journey.PRE_ENROLLMENT);
        }
        if (LOYALTY.match(event)) {
            return Optional.of(Journey.LOYALTY);
        }
        return Optional.empty();
    }
}
