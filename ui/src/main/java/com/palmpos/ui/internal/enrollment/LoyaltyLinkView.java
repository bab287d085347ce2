package com.palmpos.ui.internal.enrollment;

import com.palmpos.ui.internal.enrollment.LoyaltyLinkViewModel.Step;
import com.palmpos.ui.internal.fx.Shortcuts;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.application.Platform;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Loyalty: find a member, link or open an account, see the points. FX thread only. */
final class LoyaltyLinkView extends StackPane {

    private final LoyaltyLinkViewModel viewModel;

    LoyaltyLinkView(LoyaltyLinkViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        JourneyState<Step> state = viewModel.state();

        TextField query = new TextField();
        query.setId("loyalty-query");
        query.getStyleClass().add("enrollment-field");
        query.setPromptText(messages.get("enrollment.loyalty.queryPrompt"));
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        Button newAccount = JourneyFrame.button("loyalty-new", messages.get("enrollment.action.newAccount"),
                viewModel::newAccount);
        Shortcuts.decorate(newAccount, EnrollmentShortcuts.NEW_ACCOUNT, messages);
        VBox find = EnrollmentView.box(query, newAccount);

        Label points = JourneyFrame.label("loyalty-points", "enrollment-points");
        points.textProperty().bind(state.summaryProperty());

        StackPane content = StepPanes.of(state.stepProperty(), Map.of(Step.FIND, find, Step.DONE, points));
        state.stepProperty().addListener((obs, old, step) -> {
            newAccount.setVisible(viewModel.canOpenAccount());
            if (step == Step.FIND) {
                Platform.runLater(query::requestFocus);
            }
        });
        getChildren().add(new JourneyFrame("loyalty-screen", state, messages, content,
                new JourneyFrame.Actions(viewModel::primary, () -> { }, viewModel::cancel)));
    }

    /** Enter, Esc, F6; true if the key was used. */
    boolean handleKey(KeyEvent event) {
        if (EnrollmentShortcuts.PRIMARY.match(event)) {
            viewModel.primary();
        } else if (EnrollmentShortcuts.CANCEL.match(event)) {
            viewModel.cancel();
        } else if (EnrollmentShortcuts.NEW_ACCOUNT.match(event)) {
            viewModel.newAccount();
        } else {
            return false;
        }
        return true;
    }
}
