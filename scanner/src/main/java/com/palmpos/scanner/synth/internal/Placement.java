package com.palmpos.scanner.synth.internal;

/**
 * Where and how a hand appears in a frame: palm centre in pixels, palm width in pixels, in-plane rotation
 * (radians, 0 = fingers up, positive turns clockwise on screen), finger spread and curl in [0, 1], and whether
 * the (right-hand) model is mirrored into a left hand. Immutable.
 */
public record Placement(double centerX, double centerY, double palmWidthPx, double rotation, double spread,
                        double curl, boolean mirrored) {

    /** Frame x of hand point (x, y). */
    double frameX(double x, double y) {
        double mx = mirrored ? -x : x;
        return centerX + palmWidthPx * (mx * StrictMath.cos(rotation) - y * StrictMath.sin(rotation));
    }

    /** Frame y of hand point (x, y). */
    double frameY(double x, double y) {
        double mx = mirrored ? -x : x;
        return centerY + palmWidthPx * (mx * StrictMath.sin(rotation) + y * StrictMath.cos(rotation));
    }
}
