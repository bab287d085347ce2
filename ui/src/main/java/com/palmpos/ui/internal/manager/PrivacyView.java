package com.palmpos.ui.internal.manager;

import com.palmpos.pos.privacy.CustomerRecord;
import com.palmpos.pos.privacy.ErasureScope;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Search field, the customers found, and the two erasures; confirmation with the manager PIN over the page.
 * Keys: Enter searches, arrows choose, F7 deletes the palm data, F8 deletes the whole profile.
 */
final class PrivacyView extends StackPane implements PageView {

    static final KeyCombination DELETE_PALM = new KeyCodeCombination(KeyCode.F7);
    static final KeyCombination DELETE_PROFILE = new KeyCodeCombination(KeyCode.F8);

    private final PrivacyViewModel viewModel;
    private final TextField query = new TextField();
    private final ConfirmDialogView dialog;

    PrivacyView(PrivacyViewModel viewModel, Messages messages, Runnable back) {
        this.viewModel = viewModel;
        HBox searchRow = ManagerLists.searchRow("privacy", query, viewModel.queryProperty(),
                messages.get("manager.privacy.queryPrompt"), messages.get("manager.privacy.search"), viewModel::search,
                messages);
        ListView<CustomerRecord> list = ManagerLists.pickList("privacy-results", viewModel.results(),
                viewModel::describe, "privacy-row-", viewModel.selectedProperty());

        HBox actions = new HBox(
                ManagerWidgets.button("privacy-delete-palm", messages.get("manager.privacy.deletePalm"), DELETE_PALM,
                        () -> viewModel.requestErase(ErasureScope.BIOMETRICS), messages),
                ManagerWidgets.button("privacy-delete-profile", messages.get("manager.privacy.deleteProfile"),
                        DELETE_PROFILE, () -> viewModel.requestErase(ErasureScope.PROFILE), messages));
        actions.getStyleClass().add("manager-actions-row");
        VBox content = new VBox(ManagerWidgets.hint(messages.get("manager.privacy.explain")), searchRow, list, actions);
        content.getStyleClass().add("manager-body");
        VBox page = ManagerWidgets.page(ManagerPage.PRIVACY, messages, viewModel.feedback(), back, content);
        dialog = new ConfirmDialogView(viewModel.confirmationProperty(), messages);
        getChildren().addAll(page, dialog);
    }

    @Override
    public void focusFirst() {
        query.requestFocus();
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        if (dialog.handleKey(event)) {
            return true;
        }
        if (event.getCode() == KeyCode.ENTER && query.isFocused()) {
            viewModel.search();
        } else if (DELETE_PALM.match(event)) {
            viewModel.requestErase(ErasureScope.BIOMETRICS);
        } else if (DELETE_PROFILE.match(event)) {
            viewModel.requestErase(ErasureScope.PROFILE);
        } else {
            return false;
        }
        return true;
    }
}
