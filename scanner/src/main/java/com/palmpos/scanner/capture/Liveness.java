package com.palmpos.scanner.capture;

import java.util.Objects;

/**
 * What {@link LivenessCheck} made of the frames of one hand held still: a hint for the cashier, never a refusal.
 * A visible-light webcam is not a presentation-attack sensor; see the scanner README for what this does not stop.
 * Immutable.
 *
 * @param verdict the conclusion
 * @param motion non-rigid motion between aligned frames, in pixels of apparent displacement at edges (a live
 *     hand trembles: 0.25-0.9 on synthetic hands; a print or screen moved rigidly: near 0); NaN when not measured
 * @param screenPeak strongest periodic high-frequency peak of the palm region over the median of its band (a
 *     phone screen's moire: 170-300 on synthetic screens; a hand: 11-43); NaN when not measured
 */
public record Liveness(Verdict verdict, double motion, double screenPeak) {

    /** The conclusion of a liveness check. */
    public enum Verdict {
        /** Natural non-rigid motion seen and no screen pattern. */
        LIVE,
        /** The hand moved only rigidly, like a photo held up to the camera: ask the customer to wiggle fingers. */
        SUSPECT_PHOTO,
        /** A periodic screen pattern (moire) over the hand: probably a phone or tablet. */
        SUSPECT_SCREEN,
        /** Too few usable frames (or frames without any sensor noise) to judge. */
        UNKNOWN
    }

    public Liveness {
        Objects.requireNonNull(verdict, "verdict");
    }

    /** Nothing measured. */
    public static Liveness unknown() {
        return new Liveness(Verdict.UNKNOWN, Double.NaN, Double.NaN);
    }

    /** True for the two spoof suspicions. */
    public boolean suspect() {
        return verdict == Verdict.SUSPECT_PHOTO || verdict == Verdict.SUSPECT_SCREEN;
    }
}
