package com.palmpos.scanner.capture;

import com.palmpos.scanner.capture.internal.LivenessMeasures;
import com.palmpos.scanner.internal.image.Images;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A visible-light liveness hint over the frames of one hand held still. Two signals:
 * <ul>
 *   <li>motion: consecutive crops of the hand are aligned by their global shift (phase correlation); a live
 *   hand still changes non-rigidly (fingers tremble against the palm, the palm turns and breathes), a photo
 *   held up does not beyond the camera's noise;</li>
 *   <li>screen: a phone or tablet adds a sharp periodic high-frequency peak (moire of its pixel grid) that skin
 *   does not have.</li>
 * </ul>
 * The result is a flag for the cashier, never a refusal: it is tuned so that live hands are not flagged, and it
 * does not stop video replays, 3-D or silicone hands, bent prints or a determined attacker (see the README).
 *
 * <p>Cost: {@link #accept} crops and converts one frame (well under 1 ms); {@link #verdict} aligns the kept crops
 * (about 2-4 ms per pair, a few dozen ms at most) and runs once per decision. Not thread-safe: use it from the
 * capture thread only.
 */
public final class LivenessCheck {
    private static final Logger LOG = LoggerFactory.getLogger(LivenessCheck.class);
    /** Crops kept: the newest frames of the hand held still. */
    static final int WINDOW = 6;
    /** Fewer crops than this (pairs + 1) and the verdict is UNKNOWN. */
    static final int MIN_FRAMES = 4;
    /**
     * Analysed frames an identification may wait for the check to have {@link #MIN_FRAMES} (about 0.4 s at
     * 15 fps); after that it goes out with whatever the check has, usually UNKNOWN.
     */
    static final int MAX_WAIT_FRAMES = 6;
    /** The hand box grows by this fraction of its size on each side, so finger tips are inside. */
    static final double BOX_MARGIN = 0.1;
    /** Crops are shrunk by an integer factor until their longer side is at most this many pixels. */
    static final int MAX_SIDE = 320;
    /** A box centre moving more than this fraction of the box width starts a new window (the hand moved). */
    static final double REANCHOR = 0.25;
    /** Pixel classes for the motion measure: gradient quantiles of edges and of flat areas. */
    static final double EDGE_QUANTILE = 0.9;
    static final double FLAT_QUANTILE = 0.5;
    /** Below this mean flat-area change (grey levels) frames are copies (frozen stream): nothing to judge. */
    static final double MIN_NOISE = 0.2;
    /**
     * Median over frame pairs of the apparent edge displacement (px) above which the hand moved non-rigidly:
     * live. Synthetic live hands measure 0.25-0.9, rigid prints 0.01-0.06 (ECC-aligned); the threshold sits
     * between, nearer the prints, so a still live hand is rather let through than flagged. (The upper quartile
     * was tried: it lifts prints to 0.13 and live hands not at all.)
     */
    static final double LIVE_MOTION_PX = 0.15;
    /** Lowest spatial frequency (cycles/px) searched for a screen's moire. */
    static final double SCREEN_MIN_FREQUENCY = 0.12;
    /** Periodic peak over band median above which a screen is suspected. */
    static final double SCREEN_PEAK = 45;
    /** Crops whose periodic peak is measured (the newest). */
    static final int SCREEN_CROPS = 2;

    private final Deque<Mat> crops = new ArrayDeque<>();
    private Rect anchor;
    private int shrink;
    private double anchorCenterX;
    private double anchorWidth;

    /** Loads OpenCV if needed (about 330 ms once per JVM). */
    public LivenessCheck() {
        OpenCvRuntime.ensureLoaded();
    }

    /** Forgets the hand (call when it leaves). */
    public void reset() {
        crops.forEach(Mat::release);
        crops.clear();
        anchor = null;
    }

    /**
     * Keeps the hand region of one frame. The crop rectangle is fixed by the first frame after a reset, so all
     * crops are the same pixels of the camera and only the hand's own motion differs.
     */
    public void accept(BufferedImage frame, PalmBox box) {
        int fw = frame.getWidth(), fh = frame.getHeight();
        double cx = box.centerX() * fw;
        if (anchor != null && Math.abs(cx - anchorCenterX) > REANCHOR * anchorWidth) {
            reset();
        }
        if (anchor == null) {
            int x0 = clamp((int) ((box.x() - BOX_MARGIN * box.width()) * fw), fw);
            int y0 = clamp((int) ((box.y() - BOX_MARGIN * box.height()) * fh), fh);
            int x1 = clamp((int) Math.ceil((box.x() + (1 + BOX_MARGIN) * box.width()) * fw), fw);
            int y1 = clamp((int) Math.ceil((box.y() + (1 + BOX_MARGIN) * box.height()) * fh), fh);
            if (x1 - x0 < 32 || y1 - y0 < 32) {
                return;
            }
            anchor = new Rect(x0, y0, x1 - x0, y1 - y0);
            shrink = Math.max(1, (int) Math.ceil(Math.max(anchor.width, anchor.height) / (double) MAX_SIDE));
            anchorCenterX = cx;
            anchorWidth = box.width() * fw;
        }
        Mat grey = greyOfAnchor(frame);
        Mat small = new Mat();
        Imgproc.resize(grey, small, new Size(anchor.width / shrink, anchor.height / shrink), 0, 0,
                Imgproc.INTER_AREA);
        Mat crop = new Mat();
        small.convertTo(crop, CvType.CV_32F);
        // Native buffers are freed only by finalizers otherwise; at 15 fps that piles up.
        grey.release();
        small.release();
        crops.addLast(crop);
        if (crops.size() > WINDOW) {
            crops.removeFirst().release();
        }
    }

    /**
     * Grey pixels of the anchor only. Camera frames are TYPE_3BYTE_BGR, whose raster hands out pixels in band
     * order (R, G, B); anything else takes the slow path through a whole-frame copy.
     */
    private Mat greyOfAnchor(BufferedImage frame) {
        Mat colour;
        int code;
        if (frame.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            byte[] rgb = (byte[]) frame.getRaster().getDataElements(anchor.x, anchor.y, anchor.width,
                    anchor.height, null);
            colour = new Mat(anchor.height, anchor.width, CvType.CV_8UC3);
            colour.put(0, 0, rgb);
            code = Imgproc.COLOR_RGB2GRAY;
        } else {
            Mat whole = Images.toBgr(frame);
            Mat view = whole.submat(anchor);
            colour = view.clone();
            view.release();
            whole.release();
            code = Imgproc.COLOR_BGR2GRAY;
        }
        Mat grey = new Mat();
        Imgproc.cvtColor(colour, grey, code);
        colour.release();
        return grey;
    }

    /** True once enough frames are kept for a verdict other than UNKNOWN. Cheap. */
    public boolean ready() {
        return crops.size() >= MIN_FRAMES;
    }

    /** How many analysed frames a decision should wait at most for {@link #ready()}. */
    public static int maxWaitFrames() {
        return MAX_WAIT_FRAMES;
    }

    /**
     * The verdict over the crops kept so far; {@link Liveness#unknown()} before {@link #MIN_FRAMES}, for frames
     * without any sensor noise, and if OpenCV fails on odd input (logged: a hint is never worth a failed
     * identification).
     */
    public Liveness verdict() {
        if (crops.size() < MIN_FRAMES) {
            return Liveness.unknown();
        }
        try {
            return measure();
        } catch (RuntimeException e) {
            LOG.warn("liveness check failed on {} crops; reporting UNKNOWN", crops.size(), e);
            return Liveness.unknown();
        }
    }

    private Liveness measure() {
        List<Mat> kept = new ArrayList<>(crops);
        Mat window = new Mat();
        List<Mat> smooth = new ArrayList<>();
        double[] motions = new double[kept.size() - 1];
        double[] noises = new double[motions.length];
        double[] peaks;
        try {
            Imgproc.createHanningWindow(window, kept.get(0).size(), CvType.CV_32F);
            kept.forEach(c -> smooth.add(smoothed(c)));
            for (int i = 1; i < kept.size(); i++) {
                LivenessMeasures.Motion m = LivenessMeasures.motion(smooth.get(i - 1), smooth.get(i), window,
                        EDGE_QUANTILE, FLAT_QUANTILE);
                motions[i - 1] = m.displacementPx();
                noises[i - 1] = m.noise();
            }
            peaks = kept.subList(Math.max(0, kept.size() - SCREEN_CROPS), kept.size()).stream()
                    .mapToDouble(c -> LivenessMeasures.periodicPeak(c, SCREEN_MIN_FREQUENCY)).toArray();
        } finally {
            smooth.forEach(Mat::release);
            window.release();
        }
        double motion = median(motions);
        double peak = median(peaks);
        if (median(noises) < MIN_NOISE) {
            return Liveness.unknown();
        }
        if (peak > SCREEN_PEAK) {
            return new Liveness(Liveness.Verdict.SUSPECT_SCREEN, motion, peak);
        }
        return new Liveness(motion >= LIVE_MOTION_PX ? Liveness.Verdict.LIVE : Liveness.Verdict.SUSPECT_PHOTO,
                motion, peak);
    }

    private static Mat smoothed(Mat crop) {
        Mat out = new Mat();
        Imgproc.GaussianBlur(crop, out, new Size(0, 0), 1.0);
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size, v));
    }
}
