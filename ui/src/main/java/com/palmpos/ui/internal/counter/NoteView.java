package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.fx.Buttons;
import com.palmpos.ui.internal.fx.CounterShortcuts;
import com.palmpos.ui.internal.fx.SheetKeys;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The note sheet: the text, common notes as a numbered row (Up, then 1-9), Save (Enter) or Cancel (Esc). */
final class NoteView extends VBox {

    private final TextField text = new TextField();

    NoteView(NoteViewModel model, Messages messages, Runnable onSave, Runnable onCancel) {
        setId("note-sheet");
        getStyleClass().addAll("panel", "sheet");
        Label title = new Label(model.title());
        title.setId("note-title");
        title.getStyleClass().add("panel-title");
        FlowPane suggestions = new FlowPane();
        suggestions.setId("note-suggestions");
        suggestions.getStyleClass().add("choice-options");
        for (int i = 0; i < model.suggestions().size(); i++) {
            String suggestion = model.suggestions().get(i);
            Button button = Buttons.of("note-suggestion-" + i, suggestion, () -> model.add(suggestion));
            button.getStyleClass().add("choice-option");
            suggestions.getChildren().add(button);
        }
        SheetKeys.numberedRow(suggestions);
        text.setId("note-text");
        text.setPromptText(messages.get(model.forOrder() ? "counter.note.orderPrompt" : "counter.choice.note"));
        text.textProperty().bindBidirectional(model.textProperty());
        Label problem = new Label();
        problem.setId("note-problem");
        problem.getStyleClass().add("sheet-problem");
        problem.textProperty().bind(model.problemProperty());
        HBox actions = new HBox(
                Buttons.of("note-cancel", messages.get("counter.cancel"), CounterShortcuts.CANCEL, messages, onCancel),
                Buttons.primary("note-save", messages.get("counter.note.save"), CounterShortcuts.CONFIRM, messages,
                        onSave));
        actions.getStyleClass().add("sheet-actions");
        VBox body = new VBox(suggestions, text, problem, ItemChoiceView.keysHint(messages));
        body.getStyleClass().add("sheet-body");
        getChildren().addAll(title, body, actions);
    }

    void focusText() {
        text.requestFocus();
        text.positionCaret(text.getLength());
    }
}
