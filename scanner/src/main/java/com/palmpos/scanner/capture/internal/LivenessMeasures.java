package com.palmpos.scanner.capture.internal;

import java.util.Arrays;
import org.opencv.core.Core;
import org.opencv.core.CvException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.core.TermCriteria;
import org.opencv.imgproc.Imgproc;
import org.opencv.video.Video;

/**
 * The two measurements behind {@code LivenessCheck}, on single-channel float crops of the same size.
 * Stateless and thread-safe; OpenCV must be loaded.
 */
public final class LivenessMeasures {
    private static final int HISTOGRAM_BINS = 512;
    private static final int ECC_ITERATIONS = 20;
    private static final double ECC_EPSILON = 1e-4;

    private LivenessMeasures() {
    }

    /** Residual change between two crops after removing their global shift. */
    public record Motion(double displacementPx, double noise, double shiftX, double shiftY) {
    }

    /**
     * Aligns {@code b} onto {@code a} by phase correlation (global shift only) and measures the change left at
     * edges beyond the noise seen in flat areas, as an apparent displacement in pixels: a rigid print gives about
     * 0, a trembling hand (fingers move against the palm, the palm turns) clearly more. Cost: about 1-3 ms at
     * 256x256.
     *
     * @param edgeQuantile gradient quantile above which a pixel counts as edge (e.g. 0.9)
     * @param flatQuantile gradient quantile below which a pixel counts as flat (e.g. 0.5)
     */
    public static Motion motion(Mat a, Mat b, Mat window, double edgeQuantile, double flatQuantile) {
        Point shift = refined(a, b, Imgproc.phaseCorrelate(a, b, window));
        Mat aligned = new Mat();
        Mat back = new Mat(2, 3, CvType.CV_64F);
        back.put(0, 0, 1, 0, -shift.x, 0, 1, -shift.y);
        Imgproc.warpAffine(b, aligned, back, b.size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
        Mat gx = new Mat();
        Mat gy = new Mat();
        Imgproc.Sobel(a, gx, CvType.CV_32F, 1, 0, 3, 0.125);
        Imgproc.Sobel(a, gy, CvType.CV_32F, 0, 1, 3, 0.125);
        Mat grad = new Mat();
        Core.magnitude(gx, gy, grad);
        Mat diff = new Mat();
        Core.absdiff(aligned, a, diff);
        int w = a.cols(), h = a.rows();
        float[] g = new float[w * h];
        float[] d = new float[w * h];
        grad.get(0, 0, g);
        diff.get(0, 0, d);
        for (Mat m : new Mat[] {aligned, back, gx, gy, grad, diff}) {
            m.release();
        }
        int margin = (int) Math.ceil(Math.max(Math.abs(shift.x), Math.abs(shift.y))) + 3;
        float max = 1e-6f;
        for (float v : g) {
            max = Math.max(max, v);
        }
        int[] histogram = new int[HISTOGRAM_BINS];
        int inside = 0;
        for (int y = margin; y < h - margin; y++) {
            for (int x = margin; x < w - margin; x++) {
                histogram[bin(g[y * w + x], max)]++;
                inside++;
            }
        }
        int edgeBin = quantileBin(histogram, inside, edgeQuantile);
        int flatBin = quantileBin(histogram, inside, flatQuantile);
        double edgeDiff = 0, edgeGrad = 0, flatDiff = 0;
        int edges = 0, flats = 0;
        for (int y = margin; y < h - margin; y++) {
            for (int x = margin; x < w - margin; x++) {
                int i = y * w + x, k = bin(g[i], max);
                if (k > edgeBin) {
                    edgeDiff += d[i];
                    edgeGrad += g[i];
                    edges++;
                } else if (k < flatBin) {
                    flatDiff += d[i];
                    flats++;
                }
            }
        }
        double noise = flats == 0 ? 0 : flatDiff / flats;
        double displacement = edges == 0 || edgeGrad == 0 ? 0
                : Math.max(0, edgeDiff / edges - noise) / (edgeGrad / edges);
        return new Motion(displacement, noise, shift.x, shift.y);
    }

    /**
     * Phase correlation is biased by a few tenths of a pixel on textured backgrounds; an ECC fit of a pure
     * translation, started from it, brings a rigid print to a few hundredths (and cannot absorb a hand's
     * non-rigid tremor, which is what is measured). Falls back to the phase estimate when ECC does not converge.
     */
    private static Point refined(Mat a, Mat b, Point start) {
        Mat warp = new Mat(2, 3, CvType.CV_32F);
        Mat noMask = new Mat();
        warp.put(0, 0, 1, 0, start.x, 0, 1, start.y);
        try {
            Video.findTransformECC(a, b, warp, Video.MOTION_TRANSLATION,
                    new TermCriteria(TermCriteria.COUNT + TermCriteria.EPS, ECC_ITERATIONS, ECC_EPSILON), noMask, 1);
            return new Point(warp.get(0, 2)[0], warp.get(1, 2)[0]);
        } catch (CvException e) {
            return start;
        } finally {
            warp.release();
            noMask.release();
        }
    }

    /**
     * Strongest narrow peak of the high-pass spectrum between {@code minFrequency} and 0.5 cycles per pixel, over
     * the median of that band. Natural skin gives a broad spectrum (ratio about 5-20); a screen's pixel grid
     * beating with the camera's (moire) a sharp peak. Frequencies on the 1/8-cycle lattice and on the axes are
     * skipped: JPEG/MJPEG 8x8 blocks and sensor row noise put peaks there on ordinary webcams. Cost: about 2-4 ms
     * at 256x256.
     */
    public static double periodicPeak(Mat crop, double minFrequency) {
        Mat smooth = new Mat();
        Imgproc.GaussianBlur(crop, smooth, new Size(0, 0), 2);
        Mat high = new Mat();
        Core.subtract(crop, smooth, high);
        Mat window = new Mat();
        Imgproc.createHanningWindow(window, crop.size(), CvType.CV_32F);
        Core.multiply(high, window, high);
        Mat spectrum = new Mat();
        Core.dft(high, spectrum, Core.DFT_COMPLEX_OUTPUT);
        int w = crop.cols(), h = crop.rows();
        float[] c = new float[w * h * 2];
        spectrum.get(0, 0, c);
        for (Mat m : new Mat[] {smooth, high, window, spectrum}) {
            m.release();
        }
        float[] band = new float[w * h];
        int n = 0;
        double peak = 0;
        for (int v = 0; v < h; v++) {
            double fy = (v <= h / 2 ? v : v - h) / (double) h;
            for (int u = 0; u <= w / 2; u++) {
                double fx = u / (double) w;
                double r = Math.hypot(fx, fy);
                if (r < minFrequency || r > 0.5 || u <= 1 || Math.abs(v) <= 1 || v >= h - 1
                        || (nearEighth(fx, w) && nearEighth(fy, h))) {
                    continue;
                }
                int i = (v * w + u) * 2;
                float m = (float) Math.hypot(c[i], c[i + 1]);
                band[n++] = m;
                peak = Math.max(peak, m);
            }
        }
        if (n == 0) {
            return 0;
        }
        float[] used = Arrays.copyOf(band, n);
        Arrays.sort(used);
        double median = used[n / 2];
        return median <= 0 ? 0 : peak / median;
    }

    private static boolean nearEighth(double f, int size) {
        double k = f * 8;
        return Math.abs(k - Math.rint(k)) * size / 8 <= 1.5;
    }

    private static int bin(float value, float max) {
        return Math.min(HISTOGRAM_BINS - 1, (int) (value / max * HISTOGRAM_BINS));
    }

    private static int quantileBin(int[] histogram, int total, double quantile) {
        long target = (long) Math.ceil(quantile * total);
        long seen = 0;
        for (int k = 0; k < histogram.length; k++) {
            seen += histogram[k];
            if (seen >= target) {
                return k;
            }
        }
        return histogram.length - 1;
    }
}
