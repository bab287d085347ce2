package com.palmpos.scanner.synth.internal;

/**
 * The identity-stable geometry of a right hand, palm facing the camera, in hand units: palm width 1, origin at the
 * palm centre, x to the thumb side, y towards the wrist (image convention). Fingers are indexed little, ring,
 * middle, index. Immutable.
 *
 * <p>Arrays hold one entry per finger: {@code baseX/baseY} the centre of the finger base, {@code length} from base
 * to tip, {@code radius} at the base (the tip is 80% of it), {@code splay} the finger's angle from straight up when
 * the hand is fully spread, radians (negative leans to the little-finger side).
 */
public final class HandShape {
    public static final int FINGERS = 4;
    final double palmHalfHeight;
    final double wristHalfWidth;
    final double[] baseX = new double[FINGERS], baseY = new double[FINGERS];
    final double[] length = new double[FINGERS], radius = new double[FINGERS], splay = new double[FINGERS];
    final double thumbLength, thumbRadius, thumbSplay;
    /** Overall hand size relative to an average hand (palm widths of adults differ by about +-10%). */
    private final double size;

    private HandShape(Prng rng) {
        palmHalfHeight = rng.uniform(0.52, 0.6);
        wristHalfWidth = rng.uniform(0.37, 0.43);
        double[] width = {rng.uniform(0.17, 0.19), rng.uniform(0.2, 0.22), rng.uniform(0.22, 0.24),
            rng.uniform(0.21, 0.23)};
        double middle = rng.uniform(0.85, 1.0);
        double[] lengths = {middle * rng.uniform(0.7, 0.8), middle * rng.uniform(0.9, 0.97), middle,
            middle * rng.uniform(0.87, 0.95)};
        double[] drop = {0.17, 0.09, 0.06, 0.08};
        double[] splays = {-0.42, -0.15, 0.02, 0.2};
        double total = width[0] + width[1] + width[2] + width[3];
        double x = -total / 2 - 0.02;
        for (int i = 0; i < FINGERS; i++) {
            baseX[i] = x + width[i] / 2;
            x += width[i];
            baseY[i] = -palmHalfHeight + drop[i] + rng.symmetric(0.015);
            length[i] = lengths[i];
            radius[i] = width[i] / 2;
            splay[i] = splays[i] + rng.symmetric(0.05);
        }
        thumbLength = rng.uniform(0.5, 0.6);
        thumbRadius = rng.uniform(0.125, 0.14);
        thumbSplay = rng.uniform(0.7, 0.9);
        size = rng.uniform(0.9, 1.1);
    }

    /** Hand size relative to an average hand: scales the hand's pixel size for a given pose. */
    public double size() {
        return size;
    }

    /** Draws a new identity's hand shape. Cost: microseconds. */
    public static HandShape draw(Prng rng) {
        return new HandShape(rng);
    }
}
