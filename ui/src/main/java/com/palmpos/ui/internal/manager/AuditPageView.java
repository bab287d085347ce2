package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The chain check on top, the newest entries below (arrows scroll). Ctrl+R reads and checks again. */
final class AuditPageView extends VBox implements PageView {

    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final AuditPageViewModel viewModel;
    private final ListView<String> list;

    AuditPageView(AuditPageViewModel viewModel, Messages messages, Runnable back) {
        this.viewModel = viewModel;
        Label chain = new Label();
        chain.setId("audit-chain");
        chain.getStyleClass().add("fact-value");
        chain.setWrapText(true);
        chain.textProperty().bind(viewModel.chainProperty());
        viewModel.intactProperty().addListener((obs, old, ok) -> mark(chain, ok));
        list = new ListView<>(viewModel.entries());
        list.setId("audit-entries");
        list.getStyleClass().addAll("manager-list", "manager-report");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty ? null : entry);
                setId(empty || entry == null ? null : "audit-row-" + getIndex());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox content = new VBox(chain, ManagerWidgets.hint(messages.get("manager.audit.explain",
                AuditPageViewModel.SHOWN)), list, ManagerWidgets.button("audit-refresh",
                        messages.get("manager.audit.refresh"), REFRESH, viewModel::refresh, messages));
        content.getStyleClass().add("manager-body");
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().add(ManagerWidgets.page(ManagerPage.AUDIT, messages, viewModel.feedback(), back, content));
        VBox.setVgrow(getChildren().get(0), Priority.ALWAYS);
    }

    @Override
    public void focusFirst() {
        list.requestFocus();
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        if (REFRESH.match(event)) {
            viewModel.refresh();
            return true;
        }
        return false;
    }

    private static void mark(Label label, boolean ok) {
        label.getStyleClass().remove("fact-bad");
        if (!ok) {
            label.getStyleClass().add("fact-bad");
        }
    }
}
