package com.palmpos.ui.internal.fx;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The counter's keyboard shortcuts, in one place (the shell's own are in
 * {@link com.palmpos.ui.internal.fx.Shortcuts}: F12, Ctrl+M, Ctrl+P, Ctrl+L, Esc on manager screens). Typing
 * letters searches the menu; {@code +}/{@code -} change the selected line's quantity (typed characters, so any
 * keyboard layout works).
 */
public final class CounterShortcuts {

    public static final KeyCombination DISCOUNT = new KeyCodeCombination(KeyCode.F2);
    public static final KeyCombination REWARDS = new KeyCodeCombination(KeyCode.F3);
    public static final KeyCombination MODE = new KeyCodeCombination(KeyCode.F4);
    public static final KeyCombination LINE_NOTE = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination PALM = new KeyCodeCombination(KeyCode.F6);
    public static final KeyCombination ORDER_NOTE = new KeyCodeCombination(KeyCode.F7);
    public static final KeyCombination KITCHEN = new KeyCodeCombination(KeyCode.F8);
    public static final KeyCombination PAY = new KeyCodeCombination(KeyCode.F9);
    public static final KeyCombination CASH = new KeyCodeCombination(KeyCode.F10);
    public static final KeyCombination CARD = new KeyCodeCombination(KeyCode.F11);
    /** Ctrl+O: the open orders of this terminal, to bring one back by hand. */
    public static final KeyCombination OPEN_ORDERS = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE);
    public static final KeyCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);
    public static final KeyCombination CONFIRM = new KeyCodeCombination(KeyCode.ENTER);
    public static final KeyCombination PREVIOUS_LINE = new KeyCodeCombination(KeyCode.PAGE_UP);
    public static final KeyCombination NEXT_LINE = new KeyCodeCombination(KeyCode.PAGE_DOWN);
    public static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P);
    public static final KeyCombination NO_RECEIPT = new KeyCodeCombination(KeyCode.N);

    private CounterShortcuts() {
    }
}
