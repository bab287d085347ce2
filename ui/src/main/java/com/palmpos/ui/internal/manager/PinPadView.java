package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.fx.Shortcuts;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Touch PIN pad: masked entry, digit keys, delete, OK and Cancel. Keyboard: digits (main row and keypad),
 * Enter, Backspace, Esc via {@link #handleKey(KeyEvent)}.
 */
public final class PinPadView extends VBox {

    private final PinPadViewModel viewModel;

    public PinPadView(PinPadViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        setId("pin-pad");
        getStyleClass().add("pin-pad");

        Label title = boundLabel("pin-title", viewModel.titleProperty());
        Label prompt = boundLabel("pin-prompt", viewModel.promptProperty());
        Label dots = boundLabel("pin-dots", viewModel.maskedPinProperty());
        Label message = boundLabel("pin-message", viewModel.messageProperty());
        message.setMaxWidth(520);
        viewModel.messageIsErrorProperty().addListener((obs, old, error) -> styleMessage(message, error));
        styleMessage(message, viewModel.messageIsErrorProperty().get());

        Button cancel = new Button(messages.get("pin.key.cancel"));
        cancel.setId("pin-cancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(event -> viewModel.cancel());
        Shortcuts.decorate(cancel, Shortcuts.BACK, messages);

        getChildren().addAll(title, prompt, dots, message, keys(messages), cancel);
    }

    /** Handles a key pressed while the pad is shown; true if it was a PIN pad key (the caller consumes it). */
    public boolean handleKey(KeyEvent event) {
        int digit = Shortcuts.digitOf(event);
        if (digit >= 0) {
            viewModel.digit(digit);
        } else if (event.getCode() == KeyCode.BACK_SPACE) {
            viewModel.backspace();
        } else if (Shortcuts.SUBMIT.match(event)) {
            viewModel.submit();
        } else if (Shortcuts.BACK.match(event)) {
            viewModel.cancel();
        } else {
            return false;
        }
        return true;
    }

    private GridPane keys(Messages messages) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pin-keys");
        for (int digit = 1; digit <= 9; digit++) {
            grid.add(digitKey(digit), (digit - 1) % 3, (digit - 1) / 3);
        }
        Button backspace = key("\u232B", "pin-backspace");
        backspace.setOnAction(event -> viewModel.backspace());
        backspace.setAccessibleText(messages.get("pin.key.backspace"));
        Button ok = key(messages.get("pin.key.ok"), "pin-ok");
        ok.getStyleClass().add("primary");
        ok.setOnAction(event -> viewModel.submit());
        ok.disableProperty().bind(viewModel.busyProperty());
        grid.add(backspace, 0, 3);
        grid.add(digitKey(0), 1, 3);
        grid.add(ok, 2, 3);
        return grid;
    }

    private Button digitKey(int digit) {
        Button button = key(Integer.toString(digit), "pin-key-" + digit);
        button.setOnAction(event -> viewModel.digit(digit));
        return button;
    }

    private static Button key(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("pin-key");
        // keys are pressed, never tabbed to: focus would make Space/Enter press the last key touched
        button.setFocusTraversable(false);
        return button;
    }

    /** A label showing {@code text}, with {@code name} as both style class and id (for tests). */
    private static Label boundLabel(String name, ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add(name);
        label.setId(name);
        label.textProperty().bind(text);
        return label;
    }

    private static void styleMessage(Label message, boolean error) {
        message.getStyleClass().removeAll("error", "info");
        message.getStyleClass().add(error ? "error" : "info");
    }
}
