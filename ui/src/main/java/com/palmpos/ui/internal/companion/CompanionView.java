package com.palmpos.ui.internal.companion;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The customer display's content: a welcome headline, a palm drawing, the main message and a hint. */
public final class CompanionView extends VBox {

    public CompanionView(CompanionViewModel viewModel) {
        setId("companion");
        getStyleClass().add("companion");
        Label headline = label("companion-welcome", "companion-headline");
        headline.textProperty().bind(viewModel.headlineProperty());
        Label message = label("companion-message", "companion-message");
        message.textProperty().bind(viewModel.messageProperty());
        Label hint = label("companion-hint", "companion-hint");
        hint.textProperty().bind(viewModel.hintProperty());
        getChildren().addAll(headline, new PalmGlyph(), message, hint);
    }

    private static Label label(String styleClass, String id) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
