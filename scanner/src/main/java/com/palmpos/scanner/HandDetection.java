package com.palmpos.scanner;

import java.util.Objects;

/**
 * Tuning of the learned palm detector and of the palm square placed on its keypoints (part of {@link Parameters}).
 * Immutable.
 *
 * @param model which of the two shipped detector networks runs (see {@link Model})
 * @param minScore smallest detector probability that counts as a palm. 0.5 is MediaPipe's own threshold for this
 *     model; open palms score 0.9-0.99 and scenes without a hand below 0.1, so the value is not critical.
 * @param nmsIou intersection over union above which two detector boxes are one palm (MediaPipe's 0.3).
 * @param secondHandRatio a second palm whose box side is at least this fraction of the first's is a second hand
 *     within reach of the camera and the frame is refused ({@link FailureReason#TWO_HANDS}) rather than risk
 *     reading the wrong one; a smaller one (a person in the background) is ignored.
 * @param roiScale side of the palm square as a multiple of the detector's palm box side (the box spans the palm
 *     from the finger bases to the wrist, about 1.4 finger-base spans). 0.65 is 0.9 finger-base spans: inside the
 *     palm's width (about 1.2 spans) with a margin for keypoint error. The box is the score-weighted mean of many
 *     anchors, so it scales the square more steadily than the distance of two keypoints (measured: README).
 * @param roiOffset distance of the square's near edge from the finger-base line towards the wrist, in palm box
 *     sides: the base of the fingers carries the creases of the finger joints, not palm lines.
 * @param wristWeight weight 0..1 of the finger-base-to-wrist direction against the normal of the finger-base line
 *     in the square's rotation. The wrist lies about 1.2 spans from the finger bases, so the direction to it is
 *     less sensitive to a few pixels of keypoint error than the line through four close points: 1 (the same
 *     choice as MediaPipe's hand tracking; measured against 0 and 0.5 in the README).
 * @param minRoiPixels smallest side of the palm square in frame pixels; below it the 128 px ROI is upsampled
 *     more than 2x, the lines are not resolved, and the hand is reported too far.
 * @param maxOutside fraction of the palm square allowed to fall outside the frame before the hand is reported too
 *     close (the missing part would be filled by border pixels).
 * @param closeUpCrop side of a close-up around the first detection on which the detector runs a second time, as a
 *     multiple of the palm box side; 0 (shipped) turns the second pass off. The idea was steadier keypoints at a
 *     higher resolution; measured, it made them less consistent between captures (README), so it stays off.
 * @param minFingerCover smallest fraction of the strip beyond the finger bases that must have the palm's colour
 *     for the hand to count as open: the detector also finds fists. Straight fingers, spread or together, cover
 *     most of the strip; a fist leaves background there.
 * @param mirror when the detector also runs on the mirrored frame and the two detections of the palm are
 *     averaged: the network's keypoint error is not mirror-symmetric, so the mean is steadier, at twice the
 *     detector's cost (see {@link Mirror}; shipped {@link Mirror#NEVER}, measured in the scanner README).
 * @param refineWithValleys also look for the finger valleys near the keypoints and, where they are found, place
 *     the square on them (see the scanner README for the measured effect).
 * @param probeTurn degrees by which a capture that is not for enrollment is also coded with its palm square turned
 *     both ways ({@link Extraction#probes()}); the matcher takes the best of the three. The square's rotation comes
 *     from two keypoints 1.2 finger-base spans apart, and on turned, blurred hands it is off by 10-15 degrees
 *     between captures, more than the code's 45-degree orientation bins tolerate. 8 degrees: with +-4 the residual
 *     is still too large, +-12 adds little and widens the impostor search (measured on counter-hard: README).
 *     Costs two more ROI codings (about 2.5 ms each) and three probe codes in the search; 0 turns it off.
 */
public record HandDetection(Model model, double minScore, double nmsIou, double secondHandRatio, double roiScale,
        double roiOffset, double wristWeight, double minRoiPixels, double maxOutside, double closeUpCrop, double minFingerCover, Mirror mirror, boolean refineWithValleys,
        double probeTurn) {

    /** The detector networks in the scanner jar: MediaPipe's palm detection, lite and full. */
    public enum Model {
        LITE,
        FULL
    }

    /**
     * Which extractions pay for the mirrored second detection. Averaged in on every frame it helped (counter-hard
     * EER 10.4 -> 7.3 %, synthetic hands 4.8 -> 2.8 %) but doubled the detector's share of a hand frame (77-81 ms
     * instead of 42 ms). With the probe's rotation search ({@link #probeTurn()}) it is not needed: measured with
     * the search, mirroring enrollment captures only was worse on both real counter sets than never mirroring
     * (counter-hard EER 3.65 % against 3.13 %, counter-mild rank-1 99.0 % against 100 %; better only on synthetic
     * hands, 2.50 % against 3.25 %): the mirrored mean places the square a little differently from one detection,
     * so enrolled and counter squares no longer agree on average. Shipped {@link #NEVER}.
     */
    public enum Mirror {
        /** Every extraction (twice the detector cost on every frame). */
        ALWAYS,
        /** Only {@link PalmEngine#extractForEnrollment}: identification runs the detector once. */
        ENROLLMENT,
        /** Never (shipped). */
        NEVER
    }

    /** The shipped settings. */
    public static HandDetection defaults() {
        return new HandDetection(Model.LITE, 0.5, 0.3, 0.6, 0.65, 0.07, 1.0, 64, 0.05, 0, 0.35, Mirror.NEVER, false,
                8);
    }

    public HandDetection {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(mirror, "mirror");
        if (!(minScore > 0 && minScore < 1)) {
            throw new IllegalArgumentException("minimum detector score must lie in (0, 1), got " + minScore);
        }
        if (!(wristWeight >= 0 && wristWeight <= 1)) {
            throw new IllegalArgumentException("wrist weight must lie in [0, 1], got " + wristWeight);
        }
        if (!(probeTurn >= 0 && probeTurn < 45)) {
            throw new IllegalArgumentException("probe turn must lie in [0, 45) degrees, got " + probeTurn);
        }
        if (!(roiScale > 0)) {
            throw new IllegalArgumentException("palm square scale must be positive, got " + roiScale);
        }
    }

    /** Copy with another detector network. */
    public HandDetection withModel(Model other) {
        return new HandDetection(other, minScore, nmsIou, secondHandRatio, roiScale, roiOffset, wristWeight,
                minRoiPixels, maxOutside, closeUpCrop, minFingerCover, mirror, refineWithValleys, probeTurn);
    }

    /** Copy with the valley refinement on or off. */
    public HandDetection withValleyRefinement(boolean on) {
        return new HandDetection(model, minScore, nmsIou, secondHandRatio, roiScale, roiOffset, wristWeight,
                minRoiPixels, maxOutside, closeUpCrop, minFingerCover, mirror, on, probeTurn);
    }

    /** Copy with another close-up crop for the second detector pass (0 = no second pass). */
    public HandDetection withCloseUp(double crop) {
        return new HandDetection(model, minScore, nmsIou, secondHandRatio, roiScale, roiOffset, wristWeight,
                minRoiPixels, maxOutside, crop, minFingerCover, mirror, refineWithValleys, probeTurn);
    }

    /** Copy with another choice of the extractions that run the mirrored second detection. */
    public HandDetection withMirror(Mirror use) {
        return new HandDetection(model, minScore, nmsIou, secondHandRatio, roiScale, roiOffset, wristWeight,
                minRoiPixels, maxOutside, closeUpCrop, minFingerCover, use, refineWithValleys, probeTurn);
    }

    /** Copy with another probe turn in degrees (0 = the probe is coded only as placed). */
    public HandDetection withProbeTurn(double degrees) {
        return new HandDetection(model, minScore, nmsIou, secondHandRatio, roiScale, roiOffset, wristWeight,
                minRoiPixels, maxOutside, closeUpCrop, minFingerCover, mirror, refineWithValleys, degrees);
    }

    /** Whether an extraction (for enrollment or not) averages in the mirrored detection. */
    public boolean mirrors(boolean forEnrollment) {
        return mirror == Mirror.ALWAYS || (forEnrollment && mirror == Mirror.ENROLLMENT);
    }

    /** Copy with another palm square geometry (scale and offset in palm box sides). */
    public HandDetection withRoi(double scale, double offset) {
        return new HandDetection(model, minScore, nmsIou, secondHandRatio, scale, offset, wristWeight,
                minRoiPixels, maxOutside, closeUpCrop, minFingerCover, mirror, refineWithValleys, probeTurn);
    }
}
