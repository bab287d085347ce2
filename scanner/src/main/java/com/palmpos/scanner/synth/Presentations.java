package com.palmpos.scanner.synth;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Frame sequences of a hand held still in front of the camera, live or presented as a spoof, for testing a
 * liveness check with the simulated camera:
 * <ul>
 *   <li>{@link #live}: a real hand never holds perfectly still; every frame is rendered afresh with a small
 *   non-rigid tremor (finger spread, palm size and rotation) and its own sensor noise;</li>
 *   <li>{@link #photo}: one rendered frame, printed: every frame shows the same pixels, only shifted by the hand
 *   holding the print (and a hair of scale), with fresh camera noise on top;</li>
 *   <li>{@link #screen}: the same still shown on a phone screen: a periodic moire pattern over the picture and a
 *   rolling row flicker that changes from frame to frame.</li>
 * </ul>
 * Cost: {@link #live} renders every frame (about 50-150 ms each at 640x480); the spoofs render once and then take
 * a few ms per frame. Stateless and thread-safe; deterministic for a given seed.
 */
public final class Presentations {
    /** Tremor of a live hand held still, per frame (one standard deviation). */
    private static final double TREMOR_SPREAD = 0.05;
    private static final double TREMOR_ROTATION_DEGREES = 0.6;
    private static final double TREMOR_SCALE = 0.006;
    private static final double SWAY_FRACTION = 0.002;
    /** Sway of a print or phone held by hand, in pixels, and its scale wobble (distance to the camera). */
    private static final double HELD_SHIFT_PX = 1.5;
    private static final double HELD_SCALE = 0.001;
    /** Camera noise added to each re-filmed spoof frame (grey levels, one standard deviation). */
    private static final double CAMERA_NOISE = 2.5;
    /** Phone-screen moire: period in pixels, angle, relative amplitude; row flicker: period and amplitude. */
    private static final double MOIRE_PERIOD_PX = 5.0;
    private static final double MOIRE_DEGREES = 25;
    private static final double MOIRE_AMPLITUDE = 0.08;
    private static final double FLICKER_PERIOD_ROWS = 41;
    private static final double FLICKER_AMPLITUDE = 0.05;

    private final SyntheticPalms palms;

    public Presentations(SyntheticPalms palms) {
        this.palms = Objects.requireNonNull(palms, "palms");
    }

    /** {@code frames} frames of the subject's live hand held still around {@code rest}, with tremor. */
    public List<BufferedImage> live(int subject, HandPose rest, Background background, int frames) {
        checkFrames(frames);
        SplittableRandom rng = new SplittableRandom(palms.seed() * 31 + subject);
        List<BufferedImage> out = new ArrayList<>(frames);
        for (int i = 0; i < frames; i++) {
            double sway = SWAY_FRACTION * StrictMath.sin(i * 0.7);
            HandPose pose = rest.withMotionBlur(0, 0)
                    .at(rest.centerX() + sway, rest.centerY() + sway / 2)
                    .withSpread(clamp01(rest.spread() - Math.abs(gauss(rng, TREMOR_SPREAD))))
                    .withRotation(rest.rotationDegrees() + gauss(rng, TREMOR_ROTATION_DEGREES))
                    .withPalmWidth(rest.palmWidth() * (1 + gauss(rng, TREMOR_SCALE)));
            out.add(palms.renderHand(subject, 0, pose, background, i).image());
        }
        return List.copyOf(out);
    }

    /** {@code frames} frames of a printed photo of the subject's hand held up to the camera. */
    public List<BufferedImage> photo(int subject, HandPose pose, Background background, int frames) {
        return refilm(subject, pose, background, frames, false);
    }

    /** {@code frames} frames of a phone screen showing a photo of the subject's hand. */
    public List<BufferedImage> screen(int subject, HandPose pose, Background background, int frames) {
        return refilm(subject, pose, background, frames, true);
    }

    private List<BufferedImage> refilm(int subject, HandPose pose, Background background, int frames,
            boolean screen) {
        checkFrames(frames);
        BufferedImage still = palms.renderHand(subject, 0, pose.withMotionBlur(0, 0), background).image();
        SplittableRandom rng = new SplittableRandom(palms.seed() * 37 + subject + (screen ? 1 : 0));
        List<BufferedImage> out = new ArrayList<>(frames);
        for (int i = 0; i < frames; i++) {
            double scale = 1 + HELD_SCALE * StrictMath.sin(i * 0.9);
            AffineTransform move = new AffineTransform();
            move.translate(still.getWidth() / 2.0 + HELD_SHIFT_PX * StrictMath.sin(i * 0.7),
                    still.getHeight() / 2.0 + HELD_SHIFT_PX * StrictMath.cos(i * 0.5));
            move.scale(scale, scale);
            move.translate(-still.getWidth() / 2.0, -still.getHeight() / 2.0);
            BufferedImage frame = new BufferedImage(still.getWidth(), still.getHeight(),
                    BufferedImage.TYPE_3BYTE_BGR);
            new AffineTransformOp(move, AffineTransformOp.TYPE_BILINEAR).filter(still, frame);
            film(frame, rng, screen ? i : -1);
            out.add(frame);
        }
        return List.copyOf(out);
    }

    /** Screen pattern (when {@code flickerPhase >= 0}) and fresh camera noise, in place. */
    private static void film(BufferedImage frame, SplittableRandom rng, int flickerPhase) {
        byte[] bgr = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        int w = frame.getWidth();
        double kx = Math.cos(Math.toRadians(MOIRE_DEGREES)) * 2 * Math.PI / MOIRE_PERIOD_PX;
        double ky = Math.sin(Math.toRadians(MOIRE_DEGREES)) * 2 * Math.PI / MOIRE_PERIOD_PX;
        for (int p = 0, j = 0; j < bgr.length; p++, j += 3) {
            int x = p % w, y = p / w;
            double gain = 1;
            if (flickerPhase >= 0) {
                gain = (1 + MOIRE_AMPLITUDE * Math.sin(kx * x + ky * y))
                        * (1 + FLICKER_AMPLITUDE * Math.sin(2 * Math.PI * (y / FLICKER_PERIOD_ROWS
                        + 0.23 * flickerPhase)));
            }
            for (int c = 0; c < 3; c++) {
                double v = (bgr[j + c] & 0xff) * gain + rng.nextGaussian() * CAMERA_NOISE;
                bgr[j + c] = (byte) Math.max(0, Math.min(255, Math.round(v)));
            }
        }
    }

    private static double gauss(SplittableRandom rng, double sigma) {
        return rng.nextGaussian() * sigma;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static void checkFrames(int frames) {
        if (frames < 1 || frames > 600) {
            throw new IllegalArgumentException("a presentation lasts 1 to 600 frames, got " + frames);
        }
    }
}
