package com.palmpos.ui.internal.enrollment;

import com.palmpos.ui.internal.enrollment.PreEnrollmentViewModel.Step;
import com.palmpos.ui.internal.fx.Shortcuts;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.beans.binding.Bindings;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Pre-enrollment completion: the code with its keypad, then the palm captures. FX thread only. */
final class PreEnrollmentView extends StackPane {

    private final PreEnrollmentViewModel viewModel;

    PreEnrollmentView(PreEnrollmentViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        JourneyState<Step> state = viewModel.state();

        Label code = JourneyFrame.label("pre-code", "enrollment-code");
        code.textProperty().bind(viewModel.codeProperty());
        VBox codeEntry = EnrollmentView.box(code, new CodeKeypad(viewModel::type, viewModel::backspace, messages));

        ProgressBar progress = new ProgressBar(0);
        progress.setId("pre-progress");
        progress.getStyleClass().add("enrollment-progress");
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> state.requiredProperty().get() == 0 ? 0
                : (double) state.capturedProperty().get() / state.requiredProperty().get(),
                state.capturedProperty(), state.requiredProperty()));
        VBox capture = EnrollmentView.box(progress);

        StackPane content = StepPanes.of(state.stepProperty(), Map.of(Step.CODE, codeEntry, Step.CAPTURE, capture));
        getChildren().add(new JourneyFrame("pre-enrollment-screen", state, messages, content,
                new JourneyFrame.Actions(viewModel::primary, viewModel::retry, viewModel::cancel)));
    }

    /** Enter, Esc, F5, Backspace and code characters typed on the keyboard; true if the key was used. */
    boolean handleKey(KeyEvent event) {
        if (EnrollmentShortcuts.PRIMARY.match(event)) {
            viewModel.primary();
        } else if (EnrollmentShortcuts.CANCEL.match(event)) {
            viewModel.cancel();
        } else if (EnrollmentShortcuts.RETRY.match(event)) {
            viewModel.retry();
        } else if (EnrollmentShortcuts.DELETE.match(event)) {
            viewModel.backspace();
        } else if (!event.isShortcutDown() && !event.isAltDown() && typed(event) != 0) {
            viewModel.type(typed(event));
        } else {
            return false;
        }
        return true;
    }

    /** The letter or digit of a key (by its code, so keyboards that send no text still work), or 0. */
    private static char typed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code.isLetterKey()) {
            return code.getName().charAt(0);
        }
        int digit = Shortcuts.digitOf(event);
        return digit < 0 ? 0 : (char) ('0' + digit);
    }
}
