package com.palmpos.scanner.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Pose sequences for simulated camera scenes: a hand entering from below, holding still with a slight tremor, and
 * leaving to the side, with motion blur matching its speed. Render pose i with
 * {@link SyntheticPalms#renderHand(int, int, HandPose, Background, long)} as frame i (same sample for the whole
 * scene so the light stays put) and frames without a hand with
 * {@link SyntheticPalms#background(Background, long)}. Stateless; pure function of its arguments.
 */
public final class HandMotion {
    /** Fraction of a frame interval the shutter is open: motion blur length = this x distance moved per frame. */
    private static final double SHUTTER = 0.5;

    private HandMotion() {
    }

    /**
     * Poses for one visit to the scanner. Cost: microseconds.
     *
     * @param rest the pose while holding still (its blur is ignored)
     * @param frameWidth frame width in pixels, for blur lengths and to start and end fully outside the frame
     * @param frameHeight frame height in pixels
     * @param entering frames while the hand rises into place (eased out), at least 1
     * @param holding frames while it holds still, at least 0
     * @param leaving frames while it leaves to the right (eased in), at least 1
     * @throws IllegalArgumentException on negative frame counts or a frame smaller than 16x16
     */
    public static List<HandPose> enterHoldLeave(HandPose rest, int frameWidth, int frameHeight, int entering,
                                                int holding, int leaving) {
        if (entering < 1 || holding < 0 || leaving < 1 || frameWidth < 16 || frameHeight < 16) {
            throw new IllegalArgumentException("need entering >= 1, holding >= 0, leaving >= 1 frames and a frame of "
                    + "at least 16x16, got " + entering + "/" + holding + "/" + leaving + " frames, "
                    + frameWidth + "x" + frameHeight);
        }
        HandPose still = rest.withMotionBlur(0, 0);
        // A hand reaches about 1.6 palm widths from the palm centre: start and end beyond that.
        double reach = 1.6 * still.palmWidth() * frameWidth;
        HandPose below = still.at(still.centerX(), 1 + reach / frameHeight);
        HandPose aside = still.at(1 + reach / frameWidth, still.centerY());
        List<HandPose> poses = new ArrayList<>();
        HandPose previous = below;
        for (int i = 1; i <= entering; i++) {
            double t = (double) i / entering;
            previous = moved(previous, below.towards(still, 1 - (1 - t) * (1 - t)), frameWidth, frameHeight, poses);
        }
        for (int i = 0; i < holding; i++) {
            // Nobody holds perfectly still: a slow sub-pixel-to-pixel sway.
            double sway = 0.002 * StrictMath.sin(i * 0.7);
            poses.add(still.at(still.centerX() + sway, still.centerY() + sway / 2));
        }
        previous = still;
        for (int i = 1; i <= leaving; i++) {
            double t = (double) i / leaving;
            previous = moved(previous, still.towards(aside, t * t), frameWidth, frameHeight, poses);
        }
        return List.copyOf(poses);
    }

    private static HandPose moved(HandPose from, HandPose to, int width, int height, List<HandPose> out) {
        double dx = (to.centerX() - from.centerX()) * width, dy = (to.centerY() - from.centerY()) * height;
        double blur = Math.min(200, SHUTTER * StrictMath.sqrt(dx * dx + dy * dy));
        out.add(to.withMotionBlur(blur, StrictMath.toDegrees(StrictMath.atan2(dy, dx))));
        return to;
    }
}
