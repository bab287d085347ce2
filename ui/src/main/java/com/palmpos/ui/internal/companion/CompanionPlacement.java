package com.palmpos.ui.internal.companion;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Rectangle2D;

/**
 * Where the customer display goes: full screen on the first screen other than the cashier's when there is one,
 * else an ordinary window in the bottom-right corner of the only screen, away from the top bar's controls (the
 * shell keeps the cashier window in front of it). Immutable; pure, so it is tested without screens.
 *
 * @param bounds the screen area to cover, or the window's suggested position and size
 * @param fullScreen whether the window covers a screen of its own
 */
public record CompanionPlacement(Rectangle2D bounds, boolean fullScreen) {

    static final double WINDOW_WIDTH = 800;
    static final double WINDOW_HEIGHT = 600;

    public CompanionPlacement {
        Objects.requireNonNull(bounds, "bounds");
    }

    /**
     * @param screens bounds of every screen, as {@code Screen.getScreens()} lists them
     * @param cashierScreen bounds of the screen the cashier window is on
     */
    public static CompanionPlacement choose(List<Rectangle2D> screens, Rectangle2D cashierScreen) {
        for (Rectangle2D screen : screens) {
            if (!screen.equals(cashierScreen)) {
                return new CompanionPlacement(screen, true);
            }
        }
        double width = Math.min(WINDOW_WIDTH, cashierScreen.getWidth());
        double height = Math.min(WINDOW_HEIGHT, cashierScreen.getHeight());
        return new CompanionPlacement(new Rectangle2D(cashierScreen.getMaxX() - width,
                cashierScreen.getMaxY() - height, width, height), false);
    }
}
