package com.palmpos.scanner.capture;

/**
 * Where the hand is, as fractions of the frame (0..1), so it can be drawn over a preview of any size. Immutable.
 *
 * @param x left edge, fraction of the frame width
 * @param y top edge, fraction of the frame height
 * @param width fraction of the frame width
 * @param height fraction of the frame height
 */
public record PalmBox(double x, double y, double width, double height) {
    public PalmBox {
        if (!(x >= 0 && y >= 0 && width > 0 && height > 0 && x + width <= 1.0001 && y + height <= 1.0001)) {
            throw new IllegalArgumentException("palm box must lie within the frame (fractions 0..1), got x=" + x
                    + " y=" + y + " w=" + width + " h=" + height);
        }
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
