package com.palmpos.ui.internal.counter;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** A centred "nothing here yet" block: title and hint. */
public final class EmptyStateView extends VBox {

    public EmptyStateView(EmptyState state) {
        Label title = new Label(state.title());
        title.getStyleClass().add("empty-title");
        title.setWrapText(true);
        title.setTextAlignment(TextAlignment.CENTER);
        Label hint = new Label(state.hint());
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.CENTER);
        getStyleClass().add("empty-state");
        getChildren().addAll(title, hint);
    }
}
