package com.palmpos.scanner;

import java.util.Optional;

/**
 * How usable a palm capture is. Every component is 0..1, higher is better; {@link #score()} is the capture quality
 * score and {@link #advice()} what the customer could do to raise it.
 *
 * @param sharpness focus of the palm region (mean absolute Laplacian against {@link Parameters#minSharpness()})
 * @param exposure how far the mean grey level is from too dark / too bright
 * @param openness how surely an open palm was found: the palm detector's probability for hand frames (the classic
 *     pipeline: how evenly the finger valleys lie), 1 for ROI input
 * @param size how well the hand fills the frame (1 for ROI input)
 * @param dark whether the palm's mean grey level lies below the middle of the allowed range (so a poor
 *     {@code exposure} means too dark, not too bright)
 */
public record Quality(double sharpness, double exposure, double openness, double size, boolean dark) {
    /**
     * Components at or above this are not worth a remark. Sharpness and exposure are 0 at the engine's own
     * refusal limits and 1 at twice the sharpness limit and in the middle third of the brightness range, so 0.5
     * is half way: the capture is used, but a little less light or focus and the next one fails. (Size behind the
     * palm detector is 0.5 at the smallest accepted square and 1 at twice its side: a hand farther than that is
     * refused as too far rather than advised.)
     */
    public static final double GOOD = 0.5;

    public Quality {
        check("sharpness", sharpness);
        check("exposure", exposure);
        check("openness", openness);
        check("size", size);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " score must lie in [0, 1], got " + value);
        }
    }

    /** Overall score: the weakest component, since any one of them alone can spoil a template. */
    public double score() {
        return Math.min(Math.min(sharpness, exposure), Math.min(openness, size));
    }

    /**
     * What would improve the weakest component, if it is below {@link #GOOD}; empty for a good capture. Ties go to
     * the order sharpness, exposure, size, openness (what the customer can change fastest first).
     */
    public Optional<CaptureAdvice> advice() {
        double weakest = score();
        if (weakest >= GOOD) {
            return Optional.empty();
        }
        if (sharpness == weakest) {
            return Optional.of(CaptureAdvice.HOLD_STILL);
        }
        if (exposure == weakest) {
            return Optional.of(dark ? CaptureAdvice.TOO_DARK : CaptureAdvice.TOO_BRIGHT);
        }
        if (size == weakest) {
            return Optional.of(CaptureAdvice.MOVE_CLOSER);
        }
        return Optional.of(CaptureAdvice.OPEN_HAND);
    }
}
