package com.palmpos.ui.internal.companion;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Rectangle2D;

/**
 * Where the customer display goes: full screen on the first screen other than the cashier's when there is one,
 * else an ordinary window next to the cashier window. Immutable; pure, so it is tested without screens.
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
        double x = cashierScreen.getMaxX() - WINDOW_WIDTH;
        double y = cashierScreen.getMinY();
        return new CompanionPlacement(new Rectangle2D(Math.max(cashierScreen.getMinX(), x), y,
                Math.min(WINDOW_WIDTH, cashierScreen.getWidth()), Math.min(WINDOW_HEIGHT, cashierScreen.getHeight())),
                false);
    }
}
