package com.palmpos.ui.internal.counter;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Menu panel of the counter screen; shows its empty state until it has content. */
public final class MenuPanelView extends VBox {

    public MenuPanelView(MenuPanelViewModel viewModel) {
        setId("menu-panel");
        getStyleClass().add("panel");
        Label title = new Label(viewModel.title());
        title.getStyleClass().add("panel-title");
        EmptyStateView empty = new EmptyStateView(viewModel.emptyState());
        VBox.setVgrow(empty, Priority.ALWAYS);
        getChildren().addAll(title, empty);
    }
}
