package com.palmpos.scanner.internal.hand;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The palm square in frame pixels: centre, x axis (ux, uy) across the palm, y axis n = (-uy, ux) towards the wrist,
 * and side. (x, n) is a proper rotation, so left and right hands are never mirrored into each other. Immutable.
 */
public record PalmSquare(Point centre, double ux, double uy, double side) {

    public double nx() {
        return -uy;
    }

    public double ny() {
        return ux;
    }

    /** The same square turned by {@code degrees} about its centre (clockwise on screen for positive). */
    public PalmSquare turned(double degrees) {
        double t = Math.toRadians(degrees);
        double c = Math.cos(t);
        double s = Math.sin(t);
        return new PalmSquare(centre, ux * c - uy * s, ux * s + uy * c, side);
    }

    /** Corner {@code i} (0..3, round the square), for drawing. */
    public Point corner(int i) {
        double a = (i == 1 || i == 2) ? 0.5 : -0.5;
        double b = (i >= 2) ? 0.5 : -0.5;
        return new Point(centre.x + side * (a * ux + b * nx()), centre.y + side * (a * uy + b * ny()));
    }

    /** Fraction of the square (by its circumscribed box, conservatively) lying outside a frame of that size. */
    public double outsideFraction(int frameWidth, int frameHeight) {
        double half = side * Math.sqrt(2) / 2;
        double left = Math.max(0, half - centre.x);
        double right = Math.max(0, centre.x + half - frameWidth);
        double top = Math.max(0, half - centre.y);
        double bottom = Math.max(0, centre.y + half - frameHeight);
        return (left + right + top + bottom) / (2 * half);
    }

    /** The square resampled to a {@code size} x {@code size} grey image (a new Mat the caller releases). */
    public Mat warpGrey(Mat bgr, int size) {
        Mat grey = new Mat();
        Mat smaller = new Mat();
        Mat m = new Mat(2, 3, CvType.CV_64F);
        try {
            Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
            double k = side / size;
            double nx = nx();
            double ny = ny();
            Mat source = grey;
            double cx = centre.x;
            double cy = centre.y;
            if (k > 1.5) {
                // shrink before sampling so that the warp averages rather than aliases
                Imgproc.resize(grey, smaller, new Size(), 1 / k, 1 / k, Imgproc.INTER_AREA);
                source = smaller;
                cx /= k;
                cy /= k;
                k = 1;
            }
            m.put(0, 0, ux * k, nx * k, cx - size / 2.0 * k * (ux + nx),
                    uy * k, ny * k, cy - size / 2.0 * k * (uy + ny));
            Mat roi = new Mat();
            Imgproc.warpAffine(source, roi, m, new Size(size, size), Imgproc.INTER_LINEAR | Imgproc.WARP_INVERSE_MAP,
                    Core.BORDER_REPLICATE);
            return roi;
        } finally {
            grey.release();
            smaller.release();
            m.release();
        }
    }
}
