package com.palmpos.scanner.synth;

import com.palmpos.scanner.synth.internal.BackgroundStyle;
import com.palmpos.scanner.synth.internal.HandRenderer;
import com.palmpos.scanner.synth.internal.Identity;
import com.palmpos.scanner.synth.internal.Placement;
import com.palmpos.scanner.synth.internal.Prng;
import com.palmpos.scanner.synth.internal.RgbImage;
import com.palmpos.scanner.synth.internal.RoiRenderer;
import com.palmpos.scanner.synth.internal.SampleConditions;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A reproducible population of synthetic palms for tests and demos. A subject index gives a stable identity
 * (palm creases as Bezier curves after BezierPalm, skin tone across the Monk scale, hand and finger shape);
 * a sample index gives one capture of it (light, blur, noise, small pose change, skin warp). The same seed,
 * subject, sample and arguments always produce identical pixels, on any machine: everything is pure Java
 * arithmetic with {@link StrictMath} and a fixed PRNG, no fonts, no native code, no shared state.
 *
 * <p>Images are {@link BufferedImage#TYPE_3BYTE_BGR}, ready for OpenCV. Subjects and samples are any
 * non-negative ints. Thread-safe: instances are immutable and every call renders into fresh memory.
 */
public final class SyntheticPalms {
    /** Default ROI crop side, pixels (like contactless palmprint ROI datasets). */
    public static final int DEFAULT_ROI_SIZE = 128;
    private final long seed;

    /** A population; different seeds give unrelated populations. */
    public SyntheticPalms(long seed) {
        this.seed = seed;
    }

    /** The population seed this generator was built with. */
    public long seed() {
        return seed;
    }

    /** ROI crop of 128x128 pixels. Cost: about 10-25 ms. */
    public BufferedImage roi(int subject, int sample) {
        return roi(subject, sample, DEFAULT_ROI_SIZE);
    }

    /**
     * ROI crop of size x size pixels: the subject's ROI square (see {@link SyntheticHand}) under this sample's
     * small rotation (up to 2.5 degrees, like residual ROI alignment error), scale (up to 3%), shift
     * (up to 3% of the side), skin warp, crease width jitter, light, blur and noise.
     * Cost: grows with size squared, about 10-25 ms at 128.
     *
     * @throws IllegalArgumentException if subject or sample is negative or size is outside 32-1024
     */
    public BufferedImage roi(int subject, int sample, int size) {
        checkIndices(subject, sample);
        if (size < 32 || size > 1024) {
            throw new IllegalArgumentException("ROI size must be 32-1024 pixels, got " + size);
        }
        return RoiRenderer.render(identity(subject), conditions(subject, sample), size).toBgr();
    }

    /**
     * A 640x480 frame of the subject's open hand, with this sample's small change of position, size, rotation and
     * spread, on one of the skin-free backgrounds. Cost: about 50-150 ms.
     */
    public BufferedImage hand(int subject, int sample) {
        checkIndices(subject, sample);
        Prng rng = Prng.of(seed, Prng.Stream.HAND_SAMPLE, subject, sample);
        HandPose pose = HandPose.open(0.5 + rng.symmetric(0.06), 0.6 + rng.symmetric(0.05),
                rng.uniform(0.19, 0.24), rng.symmetric(12)).withSpread(rng.uniform(0.8, 1.0));
        return renderHand(subject, sample, pose, Background.cycle(rng.nextInt(1 << 20))).image();
    }

    /** The subject's hand in a given pose and scene, captured as sample 0. Cost: see {@link #renderHand}. */
    public BufferedImage hand(int subject, HandPose pose, Background background) {
        return renderHand(subject, 0, pose, background).image();
    }

    /**
     * Renders the subject's hand in a pose over a background, with the light, blur and noise of the given sample,
     * and reports what was drawn. Camera effects apply to the whole frame, so the background outside the hand
     * looks as in {@link #background(Background)}. Cost: about 50-150 ms for 640x480, plus about 3 ms per pixel
     * of motion blur length.
     */
    public SyntheticHand renderHand(int subject, int sample, HandPose pose, Background background) {
        return renderHand(subject, sample, pose, background, 0);
    }

    /**
     * As {@link #renderHand(int, int, HandPose, Background)} for frame number {@code frame} of a video: only the
     * sensor noise depends on the frame, so a hand held still does not give frozen, byte-identical frames.
     */
    public SyntheticHand renderHand(int subject, int sample, HandPose pose, Background background, long frame) {
        checkIndices(subject, sample);
        SampleConditions conditions = conditions(subject, sample);
        RgbImage frameImage = paint(background);
        Identity identity = identity(subject);
        Placement placement = new Placement(pose.centerX() * frameImage.width(),
                pose.centerY() * frameImage.height(), pose.palmWidth() * identity.shape().size() * frameImage.width(),
                StrictMath.toRadians(pose.rotationDegrees()), pose.spread(), pose.curl(), pose.leftHand());
        HandRenderer.Result truth = HandRenderer.render(identity, conditions, placement, frameImage);
        frameImage.motionBlur(pose.motionBlurPx(), StrictMath.toRadians(pose.motionBlurDegrees()));
        camera(frameImage, Prng.of(seed, Prng.Stream.CAMERA_NOISE, subject, sample, frame, bits(pose.centerX()),
                bits(pose.centerY()), bits(pose.palmWidth()), bits(pose.rotationDegrees())));
        return new SyntheticHand(frameImage.toBgr(), points(truth.valleys()), points(truth.roiCorners()),
                truth.handAreaFraction());
    }

    /** The index-th scene of {@link Background#cycle} at the given size, with no hand. Cost: 10-50 ms. */
    public BufferedImage background(int index, int width, int height) {
        return background(Background.cycle(index).withSize(width, height));
    }

    /** An empty scene: the background alone, with the same camera blur and noise as hand frames. */
    public BufferedImage background(Background background) {
        return background(background, 0);
    }

    /** Frame number {@code frame} of an empty scene: only the sensor noise changes from frame to frame. */
    public BufferedImage background(Background background, long frame) {
        RgbImage image = paint(background);
        camera(image, Prng.of(seed, Prng.Stream.CAMERA_NOISE, -1, background.kind().ordinal(),
                background.variant(), frame));
        return image.toBgr();
    }

    private RgbImage paint(Background background) {
        return BackgroundStyle.valueOf(background.kind().name()).paint(
                Prng.of(seed, Prng.Stream.BACKGROUND, background.kind().ordinal(), background.variant()),
                background.width(), background.height());
    }

    /** Webcam-like softness and sensor noise. */
    private static void camera(RgbImage frame, Prng rng) {
        frame.gaussianBlur(rng.uniform(0.5, 0.9));
        frame.addNoise(rng, rng.uniform(1.5, 3.5));
    }

    private Identity identity(int subject) {
        return Identity.of(seed, subject);
    }

    private SampleConditions conditions(int subject, int sample) {
        return SampleConditions.draw(Prng.of(seed, Prng.Stream.ROI_SAMPLE, subject, sample));
    }

    private static List<ImagePoint> points(List<double[]> xy) {
        return xy.stream().map(p -> new ImagePoint(p[0], p[1])).toList();
    }

    private static long bits(double value) {
        return Double.doubleToLongBits(value);
    }

    private static void checkIndices(int subject, int sample) {
        if (subject < 0 || sample < 0) {
            throw new IllegalArgumentException("subject and sample must be >= 0, got subject " + subject
                    + ", sample " + sample);
        }
    }
}
