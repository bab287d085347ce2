package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.fx.Shortcuts;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * Manager hub: a tile per manager page (touch, or its function key), terminal facts and the actions Change PIN,
 * Back to counter, Lock.
 */
public final class ManagerHomeView extends VBox {

    /** The navigation the buttons trigger; implemented by the shell view model. */
    public interface Actions {
        void changePin();

        void backToCounter();

        void lock();
    }

    public ManagerHomeView(ManagerHomeViewModel viewModel, Messages messages, Actions actions,
            ManagerAreaViewModel area) {
        setId("manager-home");
        getStyleClass().add("manager-home");

        Label title = new Label(messages.get("manager.title"));
        title.getStyleClass().add("screen-title");
        Label notice = new Label();
        notice.setId("manager-notice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        GridPane info = new GridPane();
        info.getStyleClass().add("info-grid");
        int row = 0;
        for (ManagerHomeViewModel.InfoRow fact : viewModel.rows()) {
            Label key = new Label(fact.label());
            key.getStyleClass().add("info-key");
            Label value = new Label(fact.value());
            value.getStyleClass().add("info-value");
            info.addRow(row++, key, value);
        }

        HBox buttons = new HBox(
                button("change-pin", messages.get("manager.changePin"), Shortcuts.CHANGE_PIN, actions::changePin,
                        messages),
                button("back-to-counter", messages.get("manager.backToCounter"), Shortcuts.BACK,
                        actions::backToCounter, messages),
                button("lock", messages.get("manager.lock"), Shortcuts.LOCK, actions::lock, messages));
        buttons.getStyleClass().add("manager-actions");

        getChildren().addAll(title, notice, tiles(area, messages), info, buttons);
    }

    private static TilePane tiles(ManagerAreaViewModel area, Messages messages) {
        TilePane tiles = new TilePane();
        tiles.setId("manager-tiles");
        tiles.getStyleClass().add("manager-tiles");
        for (ManagerPage page : ManagerPage.values()) {
            if (page == ManagerPage.HOME) {
                continue;
            }
            Button tile = button("tile-" + page.id(), messages.get("manager.tile." + page.id()), page.shortcut(),
                    () -> area.open(page), messages);
            tile.getStyleClass().add("manager-tile");
            tile.setDisable(!area.has(page));
            tiles.getChildren().add(tile);
        }
        return tiles;
    }

    private static Button button(String id, String text, KeyCombination shortcut, Runnable action,
            Messages messages) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        Shortcuts.decorate(button, shortcut, messages);
        return button;
    }
}
