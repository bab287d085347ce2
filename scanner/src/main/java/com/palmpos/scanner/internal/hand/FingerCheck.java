package com.palmpos.scanner.internal.hand;

import com.palmpos.scanner.internal.detect.PalmDetection;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Are the fingers out? The palm detector also fires on fists, whose curled fingers cover the palm lines. A skin
 * model is learnt from this palm's own centre (so it holds under any light and for any skin), and the strip beyond
 * the finger bases where straight fingers lie is sampled: an open hand (fingers spread or together) covers most of
 * it, a fist leaves background there. Stateless; thread-safe.
 */
final class FingerCheck {
    /** The finger strip: from this far beyond the finger-base line ... (palm box sides) */
    private static final double STRIP_NEAR = 0.15;
    /** ... to this far, where even a little finger still lies. */
    private static final double STRIP_FAR = 0.45;
    /** Chroma tolerance round the palm's mean, in its standard deviations, plus a floor of this many levels. */
    private static final double SIGMAS = 3.0;
    private static final double FLOOR = 6.0;
    private static final int SAMPLE = 32;

    private FingerCheck() {
    }

    /** Fraction 0..1 of the finger strip whose colour matches the palm centre's. */
    static double fingerCover(Mat bgr, PalmDetection palm, PalmSquare square) {
        double box = Math.sqrt(palm.width() * palm.height());
        Point index = palm.keypoint(PalmDetection.INDEX_MCP);
        Point little = palm.keypoint(PalmDetection.LITTLE_MCP);
        double mx = (index.x + little.x) / 2;
        double my = (index.y + little.y) / 2;
        double depth = (STRIP_FAR - STRIP_NEAR) * box;
        double width = Math.hypot(little.x - index.x, little.y - index.y);
        double toMiddle = (STRIP_NEAR * box + depth / 2);
        PalmSquare strip = new PalmSquare(new Point(mx - square.nx() * toMiddle, my - square.ny() * toMiddle),
                square.ux(), square.uy(), 1);
        Mat ycc = new Mat();
        Mat sampled = new Mat();
        Mat inside = new Mat();
        Mat centre = null;
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble std = new MatOfDouble();
        Mat m = new Mat(2, 3, CvType.CV_64F);
        try {
            Imgproc.cvtColor(bgr, ycc, Imgproc.COLOR_BGR2YCrCb);
            int inner = (int) Math.max(4, square.side() / 3);
            Rect patch = new Rect((int) (square.centre().x - inner / 2.0), (int) (square.centre().y - inner / 2.0),
                    inner, inner);
            if (patch.x < 0 || patch.y < 0 || patch.x + patch.width > bgr.cols() || patch.y + patch.height > bgr.rows()) {
                return 1; // cannot judge; the frame checks deal with a palm at the edge
            }
            centre = new Mat(ycc, patch);
            Core.meanStdDev(centre, mean, std);
            double[] mu = mean.toArray();
            double[] sd = std.toArray();
            double kx = width / SAMPLE;
            double ky = depth / SAMPLE;
            double nx = strip.nx();
            double ny = strip.ny();
            Point c = strip.centre();
            m.put(0, 0, strip.ux() * kx, nx * ky, c.x - SAMPLE / 2.0 * (strip.ux() * kx + nx * ky),
                    strip.uy() * kx, ny * ky, c.y - SAMPLE / 2.0 * (strip.uy() * kx + ny * ky));
            Imgproc.warpAffine(ycc, sampled, m, new Size(SAMPLE, SAMPLE), Imgproc.INTER_LINEAR
                    | Imgproc.WARP_INVERSE_MAP, Core.BORDER_CONSTANT, new Scalar(0, 0, 0));
            double crTol = SIGMAS * sd[1] + FLOOR;
            double cbTol = SIGMAS * sd[2] + FLOOR;
            Core.inRange(sampled, new Scalar(0, mu[1] - crTol, mu[2] - cbTol),
                    new Scalar(255, mu[1] + crTol, mu[2] + cbTol), inside);
            return Core.countNonZero(inside) / (double) (SAMPLE * SAMPLE);
        } finally {
            ycc.release();
            sampled.release();
            inside.release();
            if (centre != null) {
                centre.release();
            }
            mean.release();
            std.release();
            m.release();
        }
    }
}
