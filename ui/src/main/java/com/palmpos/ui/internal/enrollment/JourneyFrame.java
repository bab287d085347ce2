package com.palmpos.ui.internal.enrollment;

import com.palmpos.ui.internal.fx.Shortcuts;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The common frame of an enrollment journey: title and status on top, the step's content in the middle, the
 * error line and the Cancel / Try again / primary buttons (with their shortcuts) at the bottom. FX thread only.
 */
final class JourneyFrame extends BorderPane {

    /** What the frame's buttons do. */
    record Actions(Runnable primary, Runnable retry, Runnable cancel) {
    }

    JourneyFrame(String id, JourneyState<?> state, Messages messages, Node content, Actions actions) {
        setId(id);
        getStyleClass().add("enrollment-journey");

        Label title = label("enroll-title", "enrollment-title");
        title.textProperty().bind(state.titleProperty());
        Label status = label("enroll-status", "enrollment-status");
        status.textProperty().bind(state.statusProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("enroll-busy");
        busy.getStyleClass().add("enrollment-busy");
        busy.visibleProperty().bind(state.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        HBox statusLine = new HBox(busy, status);
        statusLine.getStyleClass().add("enrollment-status-line");
        VBox top = new VBox(title, statusLine);
        top.getStyleClass().add("enrollment-header");
        setTop(top);
        setCenter(content);

        Label error = label("enroll-error", "enrollment-error");
        error.textProperty().bind(state.errorProperty());
        error.visibleProperty().bind(state.errorProperty().isNotEmpty());
        Button cancel = button("enroll-cancel", messages.get("enrollment.action.cancel"), actions.cancel());
        Shortcuts.decorate(cancel, EnrollmentShortcuts.CANCEL, messages);
        Button retry = button("enroll-retry", messages.get("enrollment.action.retry"), actions.retry());
        Shortcuts.decorate(retry, EnrollmentShortcuts.RETRY, messages);
        retry.visibleProperty().bind(state.retryProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        Button primary = button("enroll-primary", "", actions.primary());
        primary.getStyleClass().add("primary");
        primary.textProperty().bind(state.primaryProperty());
        Shortcuts.decorate(primary, EnrollmentShortcuts.PRIMARY, messages);
        primary.visibleProperty().bind(state.primaryProperty().isNotEmpty());
        primary.disableProperty().bind(state.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(cancel, gap, retry, primary);
        buttons.getStyleClass().add("enrollment-actions");
        VBox bottom = new VBox(error, buttons);
        bottom.getStyleClass().add("enrollment-footer");
        setBottom(bottom);
    }

    static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
