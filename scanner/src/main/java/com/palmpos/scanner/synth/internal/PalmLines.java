package com.palmpos.scanner.synth.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The creases of one identity: three principal lines (heart, head, life), secondary lines and many short
 * wrinkles, following the geometric model of BezierPalm (Zhao et al., ECCV 2022). Palm space puts the ROI square at
 * [0,1]x[0,1] of a right palm facing the camera: fingers towards v &lt; 0, thumb towards u &gt; 1, wrist at v &gt; 1.5.
 * Immutable.
 */
public record PalmLines(List<Crease> creases) {

    /** The palm area (palm units) where secondary lines and wrinkles are placed. */
    static final double MIN_U = -0.3, MAX_U = 1.45, MIN_V = -0.2, MAX_V = 1.6;

    public PalmLines {
        creases = List.copyOf(creases);
    }

    /** Draws a new identity's creases. Cost: microseconds. */
    public static PalmLines generate(Prng rng) {
        List<Crease> out = new ArrayList<>();
        principal(rng, out);
        int secondary = rng.between(8, 16);
        for (int i = 0; i < secondary; i++) {
            out.add(secondary(rng, i == 0 && rng.nextDouble() < 0.75));
        }
        double fieldPhase = rng.uniform(0, 2 * StrictMath.PI);
        double fieldBase = rng.uniform(0, StrictMath.PI);
        int wrinkles = rng.between(320, 420);
        for (int i = 0; i < wrinkles; i++) {
            out.add(wrinkle(rng, fieldBase, fieldPhase));
        }
        return new PalmLines(out);
    }

    private static void principal(Prng rng, List<Crease> out) {
        // Heart line: from the little-finger edge towards the index/middle fingers, rising at its end.
        double hx0 = rng.uniform(-0.4, -0.28), hy0 = rng.uniform(0.1, 0.3);
        double hx3 = rng.uniform(0.65, 1.0), hy3 = rng.uniform(-0.14, 0.04);
        out.add(curve(rng, hx0, hy0, hx3, hy3, rng.uniform(0.02, 0.1), rng.uniform(0.0, 0.1),
                rng.uniform(0.024, 0.034), rng.uniform(0.8, 1.0)));
        // Head line: from the thumb-index web across the palm, sloping towards the little-finger side.
        double ox = rng.uniform(1.3, 1.45), oy = rng.uniform(0.28, 0.42);
        double ex = rng.uniform(-0.1, 0.35), ey = rng.uniform(0.6, 0.98);
        out.add(curve(rng, ox, oy, ex, ey, rng.uniform(-0.06, 0.04), rng.uniform(-0.02, 0.08),
                rng.uniform(0.022, 0.032), rng.uniform(0.75, 1.0)));
        // Life line: often shares the head line's origin, then arcs around the thenar eminence to the wrist.
        double lx0 = ox + rng.uniform(-0.04, 0.02), ly0 = oy + rng.uniform(0.0, 0.08);
        out.add(new Crease(lx0, ly0, rng.uniform(0.72, 0.9), rng.uniform(0.55, 0.78),
                rng.uniform(0.68, 0.86), rng.uniform(1.15, 1.4), rng.uniform(0.85, 1.15), rng.uniform(1.5, 1.72),
                rng.uniform(0.024, 0.034), rng.uniform(0.8, 1.0), rng.uniform(0, 6.3), rng.uniform(0.5, 2.5)));
    }

    /** A curve from (x0,y0) to (x3,y3) bowed by b1, b2 (fractions of the chord) along the left normal. */
    private static Crease curve(Prng rng, double x0, double y0, double x3, double y3, double b1, double b2,
                                double width, double depth) {
        double dx = x3 - x0, dy = y3 - y0;
        double nx = dy, ny = -dx;
        return new Crease(x0, y0, x0 + dx / 3 + nx * b1, y0 + dy / 3 + ny * b1,
                x0 + 2 * dx / 3 + nx * b2, y0 + 2 * dy / 3 + ny * b2, x3, y3,
                width, depth, rng.uniform(0, 6.3), rng.uniform(0.5, 2.5));
    }

    private static Crease secondary(Prng rng, boolean fateLine) {
        if (fateLine) {
            // Fate line: runs from the wrist up the middle of the palm.
            return curve(rng, rng.uniform(0.35, 0.7), rng.uniform(1.35, 1.6), rng.uniform(0.35, 0.75),
                    rng.uniform(0.0, 0.55), rng.symmetric(0.08), rng.symmetric(0.08),
                    rng.uniform(0.014, 0.022), rng.uniform(0.45, 0.7));
        }
        double x0 = rng.uniform(MIN_U, MAX_U), y0 = rng.uniform(MIN_V, MAX_V);
        double angle = rng.uniform(0, StrictMath.PI);
        double length = rng.uniform(0.25, 0.75);
        return straightish(rng, x0, y0, angle, length, 0.15, rng.uniform(0.011, 0.019), rng.uniform(0.3, 0.6));
    }

    private static Crease wrinkle(Prng rng, double fieldBase, double fieldPhase) {
        double x0 = rng.uniform(MIN_U, MAX_U), y0 = rng.uniform(MIN_V, MAX_V);
        // Fine creases run roughly parallel within a region: orientation follows a smooth per-identity field.
        double field = fieldBase + 0.7 * StrictMath.sin(fieldPhase + 2.1 * x0 + 1.3 * y0);
        double angle = field + (rng.nextDouble() < 0.35 ? StrictMath.PI / 2 : 0) + rng.symmetric(0.35);
        double length = rng.uniform(0.05, 0.2);
        return straightish(rng, x0, y0, angle, length, 0.2, rng.uniform(0.005, 0.009), rng.uniform(0.15, 0.38));
    }

    private static Crease straightish(Prng rng, double x0, double y0, double angle, double length, double bend,
                                      double width, double depth) {
        double x3 = x0 + length * StrictMath.cos(angle), y3 = y0 + length * StrictMath.sin(angle);
        return curve(rng, x0, y0, x3, y3, rng.symmetric(bend), rng.symmetric(bend), width, depth);
    }
}
