package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.fx.Shortcuts;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The confirmation a page asks for, drawn over the page (not a separate window, so touch, keyboard and tests reach it
 * like the page itself): the question, the PIN field when approval is needed, Confirm (Enter) and Cancel (Esc).
 * Hidden while the property is null. FX thread only.
 */
final class ConfirmDialogView extends StackPane {

    private final ObjectProperty<Confirmation> pending;
    private final Label message = new Label();
    private final PasswordField pin = new PasswordField();
    private final Button confirm;

    ConfirmDialogView(ObjectProperty<Confirmation> pending, Messages messages) {
        this.pending = pending;
        setId("confirm-dialog");
        getStyleClass().add("manager-dialog");
        Region scrim = new Region();
        scrim.getStyleClass().add("manager-scrim");
        message.setId("confirm-message");
        message.getStyleClass().add("dialog-message");
        message.setWrapText(true);
        pin.setId("confirm-pin");
        pin.setPromptText(messages.get("manager.confirm.pin"));
        confirm = ManagerWidgets.button("confirm-ok", "", Shortcuts.SUBMIT, this::confirm, messages);
        confirm.getStyleClass().add("primary");
        Button cancel = ManagerWidgets.button("confirm-cancel", messages.get("manager.confirm.cancel"),
                Shortcuts.BACK, this::cancel, messages);
        HBox buttons = new HBox(confirm, cancel);
        buttons.getStyleClass().add("manager-actions-row");
        VBox box = new VBox(message, pin, buttons);
        box.getStyleClass().add("manager-dialog-box");
        getChildren().addAll(scrim, box);
        pending.addListener((obs, old, now) -> show(now));
        show(pending.get());
    }

    /** Enter confirms, Esc cancels while the dialog shows; true if used. */
    boolean handleKey(KeyEvent event) {
        if (!isVisible()) {
            return false;
        }
        if (Shortcuts.SUBMIT.match(event)) {
            confirm();
        } else if (Shortcuts.BACK.match(event)) {
            cancel();
        } else {
            return false;
        }
        return true;
    }

    private void show(Confirmation confirmation) {
        boolean visible = confirmation != null;
        setVisible(visible);
        setManaged(visible);
        pin.clear();
        if (!visible) {
            return;
        }
        message.setText(confirmation.message());
        confirm.setText(confirmation.confirmText());
        pin.setVisible(confirmation.needsPin());
        pin.setManaged(confirmation.needsPin());
        if (confirmation.needsPin()) {
            Platform.runLater(pin::requestFocus);
        }
    }

    private void confirm() {
        Confirmation confirmation = pending.get();
        if (confirmation == null) {
            return;
        }
        char[] typed = confirmation.needsPin() ? pin.getText().toCharArray() : new char[0];
        pin.clear();
        pending.set(null);
        confirmation.onConfirm().accept(typed);
    }

    private void cancel() {
        pending.set(null);
    }
}
