package com.palmpos.ui.internal.companion;

import javafx.scene.Group;
import javafx.scene.shape.Rectangle;

/** A simple open-hand drawing built from rounded rectangles, coloured by the theme (style class palm-glyph). */
final class PalmGlyph extends Group {

    PalmGlyph() {
        getChildren().add(part(30, 90, 120, 110, 0));
        double[] fingerHeights = {78, 92, 88, 70};
        for (int i = 0; i < fingerHeights.length; i++) {
            double x = 32 + i * 30;
            getChildren().add(part(x, 96 - fingerHeights[i], 26, fingerHeights[i] + 10, 0));
        }
        getChildren().add(part(0, 120, 26, 72, -35));
    }

    private static Rectangle part(double x, double y, double width, double height, double rotate) {
        Rectangle rectangle = new Rectangle(x, y, width, height);
        rectangle.setArcWidth(26);
        rectangle.setArcHeight(26);
        rectangle.setRotate(rotate);
        rectangle.getStyleClass().add("palm-glyph");
        return rectangle;
    }
}
