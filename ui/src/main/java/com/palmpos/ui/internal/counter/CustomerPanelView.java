package com.palmpos.ui.internal.counter;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Customer panel of the counter screen; shows its empty state until it has content. */
public final class CustomerPanelView extends VBox {

    public CustomerPanelView(CustomerPanelViewModel viewModel) {
        setId("customer-panel");
        getStyleClass().add("panel");
        Label title = new Label(viewModel.title());
        title.getStyleClass().add("panel-title");
        EmptyStateView empty = new EmptyStateView(viewModel.emptyState());
        VBox.setVgrow(empty, Priority.ALWAYS);
        getChildren().addAll(title, empty);
    }
}
