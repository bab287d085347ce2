package com.palmpos.scanner.internal.hand;

import com.palmpos.scanner.DebugSink;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.internal.detect.PalmDetection;
import com.palmpos.scanner.internal.image.Images;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Refines the keypoint square with image evidence: a skin model learnt from this palm's own centre (so wood, walls
 * and faces of other hues are not taken), the hand outline in a window round the palm, its finger valleys, and the
 * classic square on the index-middle and ring-little valleys when both are found near where the keypoints put them.
 * When they are not (closed fingers, skin-coloured background), the keypoint square is kept. Not thread-safe only
 * through the debug sink.
 */
final class ValleyRefiner {
    /** Half side of the search window round the finger-base centre, in finger-base spans. */
    private static final double WINDOW = 1.3;
    /** Largest distance of a found valley from its predicted place, in spans. */
    private static final double MAX_VALLEY_ERROR = 0.25;
    /** How far the valleys lie beyond the finger-base keypoints towards the fingertips, in spans. */
    private static final double VALLEY_BEYOND_BASE = 0.12;
    /** Skin tolerance: chroma distance from the palm's mean, in its standard deviations (plus a floor of 4 levels). */
    private static final double SKIN_SIGMAS = 3.0;

    private final Parameters p;
    private final ValleyFinder valleyFinder = new ValleyFinder();

    ValleyRefiner(Parameters p) {
        this.p = p;
    }

    PalmSquare refine(Mat bgr, PalmDetection palm, PalmSquare square, DebugSink sink) {
        Point index = palm.keypoint(PalmDetection.INDEX_MCP);
        Point middle = palm.keypoint(PalmDetection.MIDDLE_MCP);
        Point ring = palm.keypoint(PalmDetection.RING_MCP);
        Point little = palm.keypoint(PalmDetection.LITTLE_MCP);
        double span = Math.hypot(little.x - index.x, little.y - index.y);
        double cx = (index.x + little.x) / 2;
        double cy = (index.y + little.y) / 2;
        int half = (int) Math.round(WINDOW * span);
        Rect window = new Rect(new Point(Math.max(0, cx - half), Math.max(0, cy - half)),
                new Point(Math.min(bgr.cols(), cx + half), Math.min(bgr.rows(), cy + half)));
        if (window.width < 16 || window.height < 16) {
            return square;
        }
        Mat crop = new Mat(bgr, window);
        Mat ycc = new Mat();
        Mat mask = new Mat();
        List<Mat> channels = new ArrayList<>();
        try {
            Imgproc.cvtColor(crop, ycc, Imgproc.COLOR_BGR2YCrCb);
            skinMask(ycc, square, window, mask, channels);
            Imgproc.morphologyEx(mask, mask, Imgproc.MORPH_OPEN,
                    Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(5, 5)));
            MatOfPoint outline = outlineThrough(mask, new Point(square.centre().x - window.x,
                    square.centre().y - window.y));
            sink.stage("refine-mask", () -> Images.toBufferedImage(mask));
            if (outline == null) {
                return square;
            }
            List<Point> valleys = valleyFinder.valleys(outline, p.minValleyDepth() * span);
            double bx = -square.nx() * VALLEY_BEYOND_BASE * span - window.x;
            double by = -square.ny() * VALLEY_BEYOND_BASE * span - window.y;
            Point first = nearest(valleys, (index.x + middle.x) / 2 + bx, (index.y + middle.y) / 2 + by,
                    MAX_VALLEY_ERROR * span);
            Point last = nearest(valleys, (ring.x + little.x) / 2 + bx, (ring.y + little.y) / 2 + by,
                    MAX_VALLEY_ERROR * span);
            if (first == null || last == null) {
                return square;
            }
            return onValleys(new Point(first.x + window.x, first.y + window.y),
                    new Point(last.x + window.x, last.y + window.y), square);
        } finally {
            crop.release();
            ycc.release();
            mask.release();
            channels.forEach(Mat::release);
        }
    }

    /** Pixels whose chroma lies within {@link #SKIN_SIGMAS} of the chroma of the palm square's inner half. */
    private static void skinMask(Mat ycc, PalmSquare square, Rect window, Mat mask, List<Mat> channels) {
        int inner = (int) Math.max(4, square.side() / 4);
        Rect sample = new Rect((int) (square.centre().x - window.x - inner / 2.0),
                (int) (square.centre().y - window.y - inner / 2.0), inner, inner);
        sample = new Rect(new Point(Math.max(0, sample.x), Math.max(0, sample.y)),
                new Point(Math.min(ycc.cols(), sample.x + sample.width), Math.min(ycc.rows(), sample.y + sample.height)));
        Mat patch = new Mat(ycc, sample);
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble std = new MatOfDouble();
        try {
            Core.meanStdDev(patch, mean, std);
            double[] m = mean.toArray();
            double[] s = std.toArray();
            double crTol = SKIN_SIGMAS * s[1] + 4;
            double cbTol = SKIN_SIGMAS * s[2] + 4;
            Core.inRange(ycc, new Scalar(0, m[1] - crTol, m[2] - cbTol), new Scalar(255, m[1] + crTol, m[2] + cbTol),
                    mask);
        } finally {
            patch.release();
            mean.release();
            std.release();
        }
    }

    /** The outer contour of the mask component containing {@code seed}, or null. */
    private static MatOfPoint outlineThrough(Mat mask, Point seed) {
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        try {
            Imgproc.findContours(mask, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
        } finally {
            hierarchy.release();
        }
        MatOfPoint found = null;
        for (MatOfPoint c : contours) {
            org.opencv.core.MatOfPoint2f outline = new org.opencv.core.MatOfPoint2f(c.toArray());
            try {
                if (found == null && Imgproc.pointPolygonTest(outline, seed, false) >= 0) {
                    found = c;
                } else {
                    c.release();
                }
            } finally {
                outline.release();
            }
        }
        return found;
    }

    private static Point nearest(List<Point> points, double x, double y, double within) {
        Point best = null;
        double bestDistance = within;
        for (Point q : points) {
            double dist = Math.hypot(q.x - x, q.y - y);
            if (dist <= bestDistance) {
                best = q;
                bestDistance = dist;
            }
        }
        return best;
    }

    /** The classic square on the two outer valleys, its axes turned to agree with the keypoint square. */
    private PalmSquare onValleys(Point first, Point last, PalmSquare square) {
        double ux = last.x - first.x;
        double uy = last.y - first.y;
        double length = Math.hypot(ux, uy);
        ux /= length;
        uy /= length;
        if (ux * square.ux() + uy * square.uy() < 0) {
            ux = -ux;
            uy = -uy;
        }
        double side = p.roiScale() * length;
        double toCentre = p.roiOffset() * length + side / 2;
        Point centre = new Point((first.x + last.x) / 2 - uy * toCentre, (first.y + last.y) / 2 + ux * toCentre);
        return new PalmSquare(centre, ux, uy, side);
    }
}
