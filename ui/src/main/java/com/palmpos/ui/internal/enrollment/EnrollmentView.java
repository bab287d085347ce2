package com.palmpos.ui.internal.enrollment;

import com.palmpos.ui.internal.enrollment.EnrollmentViewModel.Step;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The cashier's side of enrollment at the counter: what the customer is asked on their display, capture progress,
 * the card read (brand and last four only), the details form and the confirmation. FX thread only.
 */
final class EnrollmentView extends StackPane {

    private final EnrollmentViewModel viewModel;

    EnrollmentView(EnrollmentViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        JourneyState<Step> state = viewModel.state();

        Label waiting = JourneyFrame.label("enroll-consent-waiting", "enrollment-hint");
        waiting.setText(messages.get("enrollment.consent.cashierHint"));

        ProgressBar progress = new ProgressBar(0);
        progress.setId("enroll-progress");
        progress.getStyleClass().add("enrollment-progress");
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> state.requiredProperty().get() == 0 ? 0
                : (double) state.capturedProperty().get() / state.requiredProperty().get(),
                state.capturedProperty(), state.requiredProperty()));
        Label count = JourneyFrame.label("enroll-capture-count", "enrollment-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("enrollment.capture.count",
                state.capturedProperty().get(), state.requiredProperty().get()),
                state.capturedProperty(), state.requiredProperty()));
        VBox capture = box(progress, count);

        Label card = JourneyFrame.label("enroll-card", "enrollment-card");
        card.textProperty().bind(state.cardProperty());

        DetailsFormView form = new DetailsFormView("enroll", viewModel.form(), messages);

        Label summary = JourneyFrame.label("enroll-summary", "enrollment-summary");
        summary.textProperty().bind(state.summaryProperty());

        StackPane content = StepPanes.of(state.stepProperty(), Map.of(Step.CONSENT, waiting, Step.CAPTURE, capture,
                Step.CARD, card, Step.DETAILS, form, Step.CONFIRM, summary));
        state.stepProperty().addListener((obs, old, step) -> {
            if (step == Step.DETAILS) {
                Platform.runLater(form::focusName);
            }
        });
        getChildren().add(new JourneyFrame("enrollment-screen", state, messages, content,
                new JourneyFrame.Actions(viewModel::primary, viewModel::retry, viewModel::cancel)));
    }

    /** Enter, Esc, F5; true if the key was used. */
    boolean handleKey(KeyEvent event) {
        if (EnrollmentShortcuts.PRIMARY.match(event)) {
            viewModel.primary();
        } else if (EnrollmentShortcuts.CANCEL.match(event)) {
            viewModel.cancel();
        } else if (EnrollmentShortcuts.RETRY.match(event)) {
            viewModel.retry();
        } else {
            return false;
        }
        return true;
    }

    static VBox box(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("enrollment-box");
        return box;
    }
}
