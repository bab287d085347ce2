package com.palmpos.scanner.internal.hand;

import com.palmpos.scanner.DebugSink;
import com.palmpos.scanner.FailureReason;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.internal.image.Images;
import com.palmpos.scanner.internal.image.MatScope;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Stage 1 and 2 of the pipeline for whole hand frames: skin segmentation, finger valleys, and a palm ROI
 * normalised for rotation, scale and translation.
 *
 * <p>Geometry: with V1 and V3 the outer valleys of the four-finger triple and L = |V1V3|, the ROI is a square of
 * side {@code roiScale * L}, its x axis along V1->V3, its near edge {@code roiOffset * L} from the valley line on
 * the palm side (the side of the palm centre, the maximum of the mask's distance transform). V1 and V3 are ordered
 * so that (x axis, palm direction) is a proper rotation: left and right hands are never mirrored into each other.
 * Not thread-safe only through the debug sink; otherwise stateless.
 */
public final class HandLocator {
    /** Largest cost of the valley triple (unevenness + off-line) for a palm facing the camera. */
    private static final double MAX_TRIPLE_COST = 0.45;
    /** Largest fraction of the frame border a hand blob may cover (the forearm leaves through one edge). */
    private static final double MAX_BORDER = 0.3;
    /** Smallest fraction of the ROI square that must lie on the hand: the code must describe palm skin only. */
    private static final double MIN_SKIN_COVER = 0.9;
    /** Fraction of the ROI square allowed outside the frame before the hand counts as cut off. */
    private static final double MAX_OUTSIDE = 0.05;

    private final Parameters p;
    private final DebugSink sink;
    private final SkinSegmenter segmenter = new SkinSegmenter();
    private final ValleyFinder valleyFinder = new ValleyFinder();

    public HandLocator(Parameters p, DebugSink sink) {
        this.p = p;
        this.sink = sink;
    }

    /**
     * The palm region of a BGR hand frame. The region's ROI is a new matrix that the caller releases; every other
     * matrix made here is released before it returns.
     */
    public PalmRegion locate(Mat bgr) {
        double scale = Math.min(1.0, (double) p.workingWidth() / bgr.cols());
        Mat small = new Mat();
        List<SkinSegmenter.Blob> blobs = List.of();
        try {
            Imgproc.resize(bgr, small, new Size(), scale, scale, Imgproc.INTER_AREA);
            blobs = segmenter.candidates(small);
            PalmRegion first = null;
            for (SkinSegmenter.Blob blob : blobs) {
                PalmRegion region = locate(bgr, small, scale, blob);
                if (region.failure() == null) {
                    return region;
                }
                first = first == null ? region : first;
            }
            return first;
        } finally {
            blobs.forEach(SkinSegmenter.Blob::release);
            small.release();
        }
    }

    private PalmRegion locate(Mat bgr, Mat small, double scale, SkinSegmenter.Blob blob) {
        sink.stage("segmentation", () -> Images.toBufferedImage(blob.mask()));
        double frameArea = (double) small.rows() * small.cols();
        if (blob.contour() == null || blob.area() < 0.005 * frameArea) {
            return PalmRegion.failed(FailureReason.NO_HAND);
        }
        double areaFraction = blob.area() / frameArea;
        if (areaFraction <= p.maxHandArea() && borderFraction(blob.mask()) > MAX_BORDER) {
            return PalmRegion.failed(FailureReason.NO_HAND); // a blob hugging the frame is background, not a hand
        }
        if (areaFraction < p.minHandArea()) {
            return PalmRegion.failed(FailureReason.TOO_FAR);
        }
        if (areaFraction > p.maxHandArea()) {
            return PalmRegion.failed(FailureReason.TOO_CLOSE);
        }
        double handSize = Math.sqrt(blob.area());
        List<Point> valleys = valleyFinder.valleys(blob.contour(), p.minValleyDepth() * handSize);
        ValleyFinder.Triple triple = valleyFinder.bestTriple(valleys, handSize);
        if (triple == null) {
            return PalmRegion.failed(FailureReason.HAND_NOT_OPEN);
        }
        if (triple.cost() > MAX_TRIPLE_COST) {
            return PalmRegion.failed(FailureReason.PALM_NOT_FACING);
        }
        sink.stage("valleys", () -> drawValleys(small, blob, valleys, triple));

        Point palmCentre = palmCentre(blob.mask());
        Point a = triple.first();
        Point c = triple.last();
        double ux = c.x - a.x;
        double uy = c.y - a.y;
        double length = Math.hypot(ux, uy);
        ux /= length;
        uy /= length;
        // n = u rotated by +90 degrees; flip the valley order if the palm lies on the other side
        double mx = (a.x + c.x) / 2;
        double my = (a.y + c.y) / 2;
        if ((palmCentre.x - mx) * -uy + (palmCentre.y - my) * ux < 0) {
            ux = -ux;
            uy = -uy;
        }
        double nx = -uy;
        double ny = ux;
        double side = p.roiScale() * length;
        double toCentre = p.roiOffset() * length + side / 2;
        Point smallCentre = new Point(mx + nx * toCentre, my + ny * toCentre);
        if (skinCover(blob.mask(), smallCentre, ux, uy, nx, ny, side) < MIN_SKIN_COVER) {
            // the square is not on the palm: valleys were misread (a fingertip or a background bump)
            return PalmRegion.failed(FailureReason.PALM_NOT_FACING);
        }
        Point centre = new Point((mx + nx * toCentre) / scale, (my + ny * toCentre) / scale);
        double sideFull = side / scale;
        if (outsideFraction(centre, sideFull, bgr) > MAX_OUTSIDE) {
            return PalmRegion.failed(FailureReason.TOO_CLOSE);
        }
        Mat roi = warp(bgr, centre, ux, uy, nx, ny, sideFull);
        double openness = Math.max(0, 1 - triple.cost() / MAX_TRIPLE_COST);
        double sizeScore = Math.min(1, (areaFraction - p.minHandArea()) / p.minHandArea());
        return PalmRegion.of(roi, openness, Math.max(0, sizeScore), new Point(a.x / scale, a.y / scale),
                new Point(c.x / scale, c.y / scale));
    }

    private Mat warp(Mat bgr, Point centre, double ux, double uy, double nx, double ny, double side) {
        int r = p.roiSize();
        double k = side / r;
        try (MatScope scope = new MatScope()) {
            Mat m = scope.add(new Mat(2, 3, CvType.CV_64F));
            m.put(0, 0, ux * k, nx * k, centre.x - r / 2.0 * k * (ux + nx),
                    uy * k, ny * k, centre.y - r / 2.0 * k * (uy + ny));
            Mat grey = scope.mat();
            Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
            if (k > 1.5) {
                // shrink before sampling so that the warp averages rather than aliases
                double shrink = 1.0 / k;
                Mat smaller = scope.mat();
                Imgproc.resize(grey, smaller, new Size(), shrink, shrink, Imgproc.INTER_AREA);
                m.put(0, 0, ux, nx, centre.x * shrink - r / 2.0 * (ux + nx),
                        uy, ny, centre.y * shrink - r / 2.0 * (uy + ny));
                grey = smaller;
            }
            Mat roi = new Mat();
            Imgproc.warpAffine(grey, roi, m, new Size(r, r), Imgproc.INTER_LINEAR | Imgproc.WARP_INVERSE_MAP,
                    Core.BORDER_REPLICATE);
            return roi;
        }
    }

    private static double outsideFraction(Point centre, double side, Mat frame) {
        double half = side * Math.sqrt(2) / 2; // conservative: the rotated square's circumscribed box
        double left = Math.max(0, half - centre.x);
        double right = Math.max(0, centre.x + half - frame.cols());
        double top = Math.max(0, half - centre.y);
        double bottom = Math.max(0, centre.y + half - frame.rows());
        return (left + right + top + bottom) / (2 * half);
    }

    /** Fraction of the ROI square (sampled at 32x32) that lies on the hand mask. */
    private static double skinCover(Mat mask, Point centre, double ux, double uy, double nx, double ny, double side) {
        int r = 32;
        double k = side / r;
        try (MatScope scope = new MatScope()) {
            Mat m = scope.add(new Mat(2, 3, CvType.CV_64F));
            m.put(0, 0, ux * k, nx * k, centre.x - r / 2.0 * k * (ux + nx),
                    uy * k, ny * k, centre.y - r / 2.0 * k * (uy + ny));
            Mat sampled = scope.mat();
            Imgproc.warpAffine(mask, sampled, m, new Size(r, r), Imgproc.INTER_NEAREST | Imgproc.WARP_INVERSE_MAP,
                    Core.BORDER_CONSTANT, new Scalar(0));
            return Core.countNonZero(sampled) / (double) (r * r);
        }
    }

    private static double borderFraction(Mat mask) {
        int rows = mask.rows();
        int cols = mask.cols();
        try (MatScope scope = new MatScope()) {
            double on = Core.countNonZero(scope.add(mask.row(0))) + Core.countNonZero(scope.add(mask.row(rows - 1)))
                    + Core.countNonZero(scope.add(mask.col(0))) + Core.countNonZero(scope.add(mask.col(cols - 1)));
            return on / (2.0 * (rows + cols));
        }
    }

    private static Point palmCentre(Mat mask) {
        Mat dist = new Mat();
        try {
            Imgproc.distanceTransform(mask, dist, Imgproc.DIST_L2, 5);
            return Core.minMaxLoc(dist).maxLoc;
        } finally {
            dist.release();
        }
    }

    private static java.awt.image.BufferedImage drawValleys(Mat small, SkinSegmenter.Blob blob, List<Point> valleys,
            ValleyFinder.Triple t) {
        Mat canvas = small.clone();
        try {
            Imgproc.drawContours(canvas, List.of(blob.contour()), 0, new Scalar(0, 255, 0), 1);
            for (Point v : valleys) {
                Imgproc.circle(canvas, v, 4, new Scalar(255, 0, 0), -1);
            }
            Imgproc.line(canvas, t.first(), t.last(), new Scalar(0, 0, 255), 2);
            return Images.toBufferedImage(canvas);
        } finally {
            canvas.release();
        }
    }
}
