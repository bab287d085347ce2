package com.palmpos.scanner.synth;

/**
 * How a synthetic hand is held in front of the camera, palm towards the camera (a right hand unless
 * {@link #leftHand}). Immutable; build one
 * with the factories ({@link #open()}, {@link #tooFar()}, {@link #tooClose()}, {@link #fingersTogether()},
 * {@link #closed()}, {@link #blurred(double)}) and adjust it with the {@code with...} methods.
 *
 * @param centerX palm centre, fraction of the frame width (0 = left edge, 1 = right; may lie outside)
 * @param centerY palm centre, fraction of the frame height (0 = top)
 * @param palmWidth palm width of an average-sized hand as a fraction of the frame width (0.2 is a comfortable
 *     scanning distance); each subject's hand is up to 10% larger or smaller
 * @param rotationDegrees in-plane rotation, 0 = fingers up, positive turns clockwise on screen
 * @param spread finger spread in [0, 1]: 0 = fingers together, 1 = open hand with clear gaps
 * @param curl finger curl in [0, 1]: 0 = straight, 1 = closed fist
 * @param motionBlurPx length of linear motion blur in pixels (0 = none)
 * @param motionBlurDegrees direction of the motion blur, 0 = horizontal
 * @param leftHand true for a left hand (the subject's right hand mirrored, thumb on the left of the image)
 */
public record HandPose(double centerX, double centerY, double palmWidth, double rotationDegrees, double spread,
                       double curl, double motionBlurPx, double motionBlurDegrees, boolean leftHand) {

    public HandPose {
        requireFinite(centerX, "centerX");
        requireFinite(centerY, "centerY");
        requireFinite(rotationDegrees, "rotationDegrees");
        requireFinite(motionBlurDegrees, "motionBlurDegrees");
        if (!(palmWidth > 0.005 && palmWidth <= 4)) {
            throw new IllegalArgumentException("palmWidth must be in (0.005, 4] (fraction of frame width), got "
                    + palmWidth);
        }
        if (!(spread >= 0 && spread <= 1) || !(curl >= 0 && curl <= 1)) {
            throw new IllegalArgumentException("spread and curl must be in [0, 1], got spread " + spread
                    + ", curl " + curl);
        }
        if (!(motionBlurPx >= 0 && motionBlurPx <= 200)) {
            throw new IllegalArgumentException("motionBlurPx must be in [0, 200], got " + motionBlurPx);
        }
    }

    /** Open hand, fingers spread, centred slightly low in the frame at a good scanning distance. */
    public static HandPose open() {
        return new HandPose(0.5, 0.6, 0.2, 0, 1, 0, 0, 0, false);
    }

    /** Open hand at the given place, size (fraction of frame width) and rotation. */
    public static HandPose open(double centerX, double centerY, double palmWidth, double rotationDegrees) {
        return new HandPose(centerX, centerY, palmWidth, rotationDegrees, 1, 0, 0, 0, false);
    }

    /** Open hand far from the camera: the whole hand covers only a few percent of the frame. */
    public static HandPose tooFar() {
        return open().withPalmWidth(0.06).at(0.5, 0.5);
    }

    /** Hand almost touching the camera: huge and cropped by the frame edges, no fingertips visible. */
    public static HandPose tooClose() {
        return open().withPalmWidth(0.9).at(0.5, 0.45);
    }

    /** Flat hand with the fingers held together: no gaps between fingers, so no finger valleys. */
    public static HandPose fingersTogether() {
        return open().withSpread(0);
    }

    /** Closed fist, thumb across the palm. */
    public static HandPose closed() {
        return open().withSpread(0).withCurl(1);
    }

    /** Open hand moving sideways fast: horizontal motion blur of the given length in pixels. */
    public static HandPose blurred(double motionBlurPx) {
        return open().withMotionBlur(motionBlurPx, 0);
    }

    /** The same pose with the palm centre moved (fractions of the frame). */
    public HandPose at(double newCenterX, double newCenterY) {
        return new HandPose(newCenterX, newCenterY, palmWidth, rotationDegrees, spread, curl, motionBlurPx,
                motionBlurDegrees, leftHand);
    }

    /** The same pose nearer or farther: palm width as a fraction of the frame width. */
    public HandPose withPalmWidth(double newPalmWidth) {
        return new HandPose(centerX, centerY, newPalmWidth, rotationDegrees, spread, curl, motionBlurPx,
                motionBlurDegrees, leftHand);
    }

    /** The same pose turned in the image plane, degrees clockwise on screen. */
    public HandPose withRotation(double degrees) {
        return new HandPose(centerX, centerY, palmWidth, degrees, spread, curl, motionBlurPx, motionBlurDegrees,
                leftHand);
    }

    /** The same pose with another finger spread, 0 (together) to 1 (open). */
    public HandPose withSpread(double newSpread) {
        return new HandPose(centerX, centerY, palmWidth, rotationDegrees, newSpread, curl, motionBlurPx,
                motionBlurDegrees, leftHand);
    }

    /** The same pose with another finger curl, 0 (straight) to 1 (fist). */
    public HandPose withCurl(double newCurl) {
        return new HandPose(centerX, centerY, palmWidth, rotationDegrees, spread, newCurl, motionBlurPx,
                motionBlurDegrees, leftHand);
    }

    /** The same pose with linear motion blur of the given length (pixels) and direction (degrees). */
    public HandPose withMotionBlur(double lengthPx, double degrees) {
        return new HandPose(centerX, centerY, palmWidth, rotationDegrees, spread, curl, lengthPx, degrees, leftHand);
    }

    /** The same pose of the left hand (true) or the right hand (false). */
    public HandPose withLeftHand(boolean left) {
        return new HandPose(centerX, centerY, palmWidth, rotationDegrees, spread, curl, motionBlurPx,
                motionBlurDegrees, left);
    }

    /**
     * The pose a fraction {@code t} of the way from this one to {@code other}, every number linearly
     * interpolated (the hand switches half-way): handy for scenes of a hand entering, holding still and leaving.
     */
    public HandPose towards(HandPose other, double t) {
        return new HandPose(lerp(centerX, other.centerX, t), lerp(centerY, other.centerY, t),
                lerp(palmWidth, other.palmWidth, t), lerp(rotationDegrees, other.rotationDegrees, t),
                lerp(spread, other.spread, t), lerp(curl, other.curl, t), lerp(motionBlurPx, other.motionBlurPx, t),
                lerp(motionBlurDegrees, other.motionBlurDegrees, t), t < 0.5 ? leftHand : other.leftHand);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
    }
}
