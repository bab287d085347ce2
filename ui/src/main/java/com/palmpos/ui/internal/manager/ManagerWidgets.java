package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.fx.Shortcuts;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Building blocks shared by the manager pages: page frame, shortcut buttons, the feedback line. FX thread only. */
final class ManagerWidgets {

    private ManagerWidgets() {
    }

    /**
     * A page: title and "Back (Esc)" on top, the feedback line under it, then {@code content}.
     *
     * @param back what "Back" does (the area returns to the hub)
     */
    static VBox page(ManagerPage page, Messages messages, Feedback feedback, Runnable back, Node content) {
        Label title = new Label(messages.get("manager.tile." + page.id()));
        title.getStyleClass().add("screen-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button backButton = button("manager-back", messages.get("manager.page.back"), Shortcuts.BACK, back, messages);
        HBox header = new HBox(title, spacer, backButton);
        header.getStyleClass().add("manager-page-header");
        VBox box = new VBox(header, feedbackLabel(feedback), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setId("page-" + page.id());
        box.getStyleClass().add("manager-page");
        return box;
    }

    /** The feedback line, styled by its kind ({@code feedback-ok}, {@code feedback-error}, {@code feedback-busy}). */
    static Label feedbackLabel(Feedback feedback) {
        Label label = new Label();
        label.setId("manager-feedback");
        label.getStyleClass().add("manager-feedback");
        label.setWrapText(true);
        label.textProperty().bind(feedback.textProperty());
        feedback.kindProperty().addListener((obs, old, kind) -> style(label, kind));
        style(label, feedback.kindProperty().get());
        return label;
    }

    /** A touch button that shows its shortcut; not focus-traversable (the shortcut is the keyboard way). */
    static Button button(String id, String text, KeyCombination shortcut, Runnable action, Messages messages) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        if (shortcut != null) {
            Shortcuts.decorate(button, shortcut, messages);
        }
        return button;
    }

    /** A muted one-line hint, e.g. the keys of a list. */
    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("manager-hint");
        label.setWrapText(true);
        return label;
    }

    private static void style(Label label, Feedback.Kind kind) {
        label.getStyleClass().removeAll("feedback-ok", "feedback-error", "feedback-busy");
        switch (kind) {
            case OK -> label.getStyleClass().add("feedback-ok");
            case ERROR -> label.getStyleClass().add("feedback-error");
            case BUSY, INFO -> label.getStyleClass().add("feedback-busy");
            case NONE -> { }
        }
        label.setVisible(kind != Feedback.Kind.NONE);
        label.setManaged(kind != Feedback.Kind.NONE);
    }
}
