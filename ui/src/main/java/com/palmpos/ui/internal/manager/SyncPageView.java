package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.i18n.Messages;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The sync facts as a large two-column table, ages refreshed every second while shown. Nothing to type. */
final class SyncPageView extends VBox implements PageView {

    private final Timeline ticker;

    SyncPageView(SyncPageViewModel viewModel, Messages messages, Runnable back) {
        GridPane facts = new GridPane();
        facts.getStyleClass().add("manager-facts");
        Label connection = fact(facts, 0, "sync-connection", messages.get("manager.sync.connection"),
                viewModel.connectionProperty());
        viewModel.healthyProperty().addListener((obs, old, ok) -> mark(connection, ok));
        mark(connection, viewModel.healthyProperty().get());
        fact(facts, 1, "sync-pending", messages.get("manager.sync.pending"), viewModel.pendingProperty());
        fact(facts, 2, "sync-oldest", messages.get("manager.sync.oldest"), viewModel.oldestProperty());
        fact(facts, 3, "sync-last-error", messages.get("manager.sync.lastError"), viewModel.lastErrorProperty());
        fact(facts, 4, "sync-last-contact", messages.get("manager.sync.lastContact"),
                viewModel.lastContactProperty());
        VBox content = new VBox(facts, ManagerWidgets.hint(messages.get("manager.sync.explain")));
        content.getStyleClass().add("manager-body");
        getChildren().add(ManagerWidgets.page(ManagerPage.SYNC, messages, viewModel.feedback(), back, content));
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        // tick only while the page is in a window
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    private static Label fact(GridPane grid, int row, String id, String name, ObservableValue<String> value) {
        Label key = new Label(name);
        key.getStyleClass().add("fact-key");
        Label shown = new Label();
        shown.setId(id);
        shown.getStyleClass().add("fact-value");
        shown.setWrapText(true);
        shown.textProperty().bind(value);
        grid.addRow(row, key, shown);
        return shown;
    }

    private static void mark(Label label, boolean ok) {
        label.getStyleClass().remove("fact-bad");
        if (!ok) {
            label.getStyleClass().add("fact-bad");
        }
    }
}
