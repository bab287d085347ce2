package com.palmpos.ui;

import com.palmpos.ui.internal.fx.Stylesheets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * A scene that is never shown, with the theme's stylesheets and one of each control the cashier window is made of:
 * applying its CSS and laying it out parses the stylesheets and loads the skins before the real window needs them.
 */
final class ScreenWarmUp {
    private ScreenWarmUp() {
    }

    /** On the FX thread; costs what the first styled scene costs (a few hundred ms on a slow till). */
    static void run(Theme theme) {
        TextField field = new TextField("12");
        ListView<String> list = new ListView<>();
        list.getItems().add("warm-up");
        VBox root = new VBox(new Label("warm-up"), new Button("warm-up"), new ToggleButton("warm-up"), field,
                list, new ScrollPane(new FlowPane(new Label("a"))), new GridPane(), new TilePane());
        root.getStyleClass().add("root");
        Scene scene = new Scene(root, 800, 600);
        Stylesheets.apply(scene, theme);
        root.applyCss();
        root.layout();
    }
}
