package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.fx.CounterShortcuts;
import com.palmpos.ui.internal.fx.SheetKeys;
import com.palmpos.ui.internal.payment.PaymentView;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The counter's keyboard: installed on the scene while the counter is shown (the shell's own filter sees keys
 * first). With no sheet open, typing searches the menu, arrows move the highlight, Enter adds it, +/- and Delete
 * act on the selected line, Page Up/Down select lines and the F-keys start actions (see {@link CounterShortcuts});
 * an open sheet gets Enter and Esc, and the arrows and digits of {@link SheetKeys}. FX thread only.
 */
final class CounterKeys {

    private final CounterViewModel counter;
    private final WorkAreaView work;
    private final EventHandler<KeyEvent> pressed = this::pressed;
    private final EventHandler<KeyEvent> typed = this::typed;
    private final EventHandler<KeyEvent> released = event -> swallowTyped = false;
    /**
     * Set when a key press was used as a shortcut: the character that press also types (the N of "no receipt")
     * must not land in the menu search once the sheet has closed.
     */
    private boolean swallowTyped;

    private CounterKeys(CounterViewModel counter, WorkAreaView work) {
        this.counter = counter;
        this.work = work;
    }

    static void install(Node counterView, CounterViewModel counter, WorkAreaView work) {
        CounterKeys keys = new CounterKeys(counter, work);
        counterView.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys.pressed);
                old.removeEventFilter(KeyEvent.KEY_TYPED, keys.typed);
                old.removeEventFilter(KeyEvent.KEY_RELEASED, keys.released);
            }
            if (scene != null) {
                keys.attach(scene);
            }
        });
        if (counterView.getScene() != null) {
            keys.attach(counterView.getScene());
        }
    }

    private void attach(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, released);
    }

    private void pressed(KeyEvent event) {
        Sheet sheet = counter.sheetProperty().get();
        boolean used = sheet == null ? onCounter(event) : onSheet(sheet, event);
        if (used) {
            event.consume();
            KeyCode code = event.getCode();
            swallowTyped = !code.isFunctionKey() && !code.isNavigationKey() && !code.isModifierKey();
        }
    }

    private boolean onSheet(Sheet sheet, KeyEvent event) {
        if (!(work.sheetView() instanceof Parent view)) {
            return false;
        }
        if (sheet instanceof Sheet.Payment && view instanceof PaymentView payment) {
            // the pay sheet's own keys first (digits are cash there); then arrows, and Enter on a focused button
            return payment.handleKey(event) || SheetKeys.handle(view, event)
                    || (CounterShortcuts.CONFIRM.match(event) && SheetKeys.fireFocused(view));
        }
        if (view instanceof OpenOrdersView orders && orders.handleKey(event)) {
            return true;
        }
        if (CounterShortcuts.CANCEL.match(event)) {
            counter.closeSheet();
            return true;
        }
        if (CounterShortcuts.CONFIRM.match(event)) {
            // a sheet without a confirm action (rewards) presses the focused option instead
            return counter.confirmSheet() || SheetKeys.fireFocused(view);
        }
        return SheetKeys.handle(view, event);
    }

    private boolean onCounter(KeyEvent event) {
        OrderPanelViewModel order = counter.order();
        if (CounterShortcuts.PAY.match(event)) {
            counter.openPayment();
        } else if (CounterShortcuts.DISCOUNT.match(event)) {
            counter.openDiscount();
        } else if (CounterShortcuts.REWARDS.match(event)) {
            counter.openRewards();
        } else if (CounterShortcuts.MODE.match(event)) {
            order.editor().toggleMode();
        } else if (CounterShortcuts.LINE_NOTE.match(event)) {
            counter.openLineNote();
        } else if (CounterShortcuts.ORDER_NOTE.match(event)) {
            counter.openOrderNote();
        } else if (CounterShortcuts.OPEN_ORDERS.match(event)) {
            counter.openOpenOrders();
        } else if (CounterShortcuts.KITCHEN.match(event)) {
            order.editor().sendToKitchen();
        } else if (CounterShortcuts.PREVIOUS_LINE.match(event)) {
            order.moveSelection(-1);
        } else if (CounterShortcuts.NEXT_LINE.match(event)) {
            order.moveSelection(1);
        } else if (CounterShortcuts.REMOVE.match(event) && !editingText(event)) {
            order.removeSelected();
        } else if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.UP) {
            counter.menu().moveSelection(-1);
        } else if (event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.DOWN) {
            counter.menu().moveSelection(1);
        } else if (CounterShortcuts.CONFIRM.match(event)) {
            return counter.menu().chooseSelected();
        } else {
            return false;
        }
        return true;
    }

    private void typed(KeyEvent event) {
        if (swallowTyped) {
            swallowTyped = false;
            event.consume();
            return;
        }
        if (counter.sheetProperty().get() != null || event.isControlDown() || event.isAltDown()
                || event.isMetaDown() || event.getCharacter().length() != 1) {
            return;
        }
        char c = event.getCharacter().charAt(0);
        if ((c == '+' || c == '-') && !editingText(event)) {
            if (c == '+') {
                counter.order().incrementSelected();
            } else {
                counter.order().decrementSelected();
            }
            event.consume();
        } else if (Character.isLetterOrDigit(c) && !(event.getTarget() instanceof TextInputControl)) {
            var search = work.menu().searchField();
            search.appendText(String.valueOf(c));
            search.requestFocus();
            search.positionCaret(search.getLength());
            event.consume();
        }
    }

    /** True while the key goes into a text field that holds text (Delete and - then edit the text). */
    private static boolean editingText(KeyEvent event) {
        return event.getTarget() instanceof TextInputControl input && !input.getText().isEmpty();
    }
}
