package com.palmpos.ui.internal.enrollment;

import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The content of a journey: every step's node is in the scene from the start and only the current step's is shown.
 * Switching steps is then a visibility change, not a new subtree to style and lay out (which costs hundreds of
 * milliseconds on a slow till the first time), so feedback stays immediate. FX thread only.
 */
final class StepPanes {

    private StepPanes() {
    }

    static <S> StackPane of(ObservableValue<S> step, Map<S, Node> panes) {
        StackPane content = new StackPane();
        content.getStyleClass().add("enrollment-content");
        panes.forEach((key, pane) -> {
            pane.visibleProperty().bind(step.map(key::equals).orElse(false));
            pane.managedProperty().bind(pane.visibleProperty());
            StackPane.setAlignment(pane, javafx.geometry.Pos.TOP_LEFT);
            content.getChildren().add(pane);
        });
        return content;
    }
}
