package com.palmpos.scanner.internal.hand;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfInt4;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.imgproc.Imgproc;

/**
 * Finger valleys from the convexity defects of the hand contour, and the choice of the three valleys between the
 * four fingers (index-middle, middle-ring, ring-little): the triple whose points are most evenly spaced and most
 * nearly collinear. The thumb valley fails that test because it lies far off the line. Stateless; thread-safe.
 */
public final class ValleyFinder {
    /** Widest angle, degrees, between the two fingers' edges at a valley; wider gaps are wrist or arm bends. */
    private static final double MAX_VALLEY_ANGLE = 100;

    /** The chosen valleys, outer ones first and last; {@code cost} 0 is a perfect, even, straight triple. */
    public record Triple(Point first, Point middle, Point last, double cost, int valleysFound) {
    }

    /** Valleys deeper than {@code minDepth} pixels, in contour order. */
    public List<Point> valleys(MatOfPoint contour, double minDepth) {
        MatOfInt hull = new MatOfInt();
        MatOfInt4 defects = new MatOfInt4();
        try {
            return valleys(contour, minDepth, hull, defects);
        } finally {
            hull.release();
            defects.release();
        }
    }

    private static List<Point> valleys(MatOfPoint contour, double minDepth, MatOfInt hull, MatOfInt4 defects) {
        Imgproc.convexHull(contour, hull, false);
        List<Point> found = new ArrayList<>();
        if (hull.rows() < 3) {
            return found;
        }
        try {
            Imgproc.convexityDefects(contour, hull, defects);
        } catch (org.opencv.core.CvException e) {
            return found; // self-intersecting contour: treat as no valleys
        }
        Point[] pts = contour.toArray();
        int[] d = defects.toArray();
        for (int i = 0; i + 3 < d.length; i += 4) {
            double depth = d[i + 3] / 256.0;
            if (depth < minDepth) {
                continue;
            }
            Point start = pts[d[i]];
            Point end = pts[d[i + 1]];
            Point far = pts[d[i + 2]];
            if (angle(start, far, end) <= MAX_VALLEY_ANGLE) {
                found.add(far);
            }
        }
        return found;
    }

    /** Smallest and largest gap between neighbouring finger valleys, fractions of the hand size sqrt(area). */
    private static final double MIN_GAP = 0.05;
    private static final double MAX_GAP = 0.45;

    /**
     * Best evenly spaced straight triple among the valleys whose gaps are finger-wide for a hand of
     * {@code handSize} pixels (square root of its area), or null if there is none.
     */
    public Triple bestTriple(List<Point> valleys, double handSize) {
        Triple best = null;
        int n = valleys.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = i + 1; k < n; k++) {
                    if (j == i || j == k) {
                        continue;
                    }
                    Triple t = score(valleys.get(i), valleys.get(j), valleys.get(k), n, handSize);
                    if (t != null && (best == null || t.cost() < best.cost())) {
                        best = t;
                    }
                }
            }
        }
        return best;
    }

    private static Triple score(Point a, Point b, Point c, int found, double handSize) {
        double ab = dist(a, b);
        double bc = dist(b, c);
        double ac = dist(a, c);
        if (ac < 1e-6 || ab > ac || bc > ac) {
            return null; // the middle valley must lie between the outer ones
        }
        if (Math.min(ab, bc) < MIN_GAP * handSize || Math.max(ab, bc) > MAX_GAP * handSize) {
            return null;
        }
        double unevenness = Math.abs(ab - bc) / (ab + bc);
        double offLine = Math.abs((c.x - a.x) * (b.y - a.y) - (c.y - a.y) * (b.x - a.x)) / (ac * ac);
        return new Triple(a, b, c, unevenness + offLine, found);
    }

    static double dist(Point a, Point b) {
        return Math.hypot(a.x - b.x, a.y - b.y);
    }

    private static double angle(Point a, Point vertex, Point b) {
        double ax = a.x - vertex.x;
        double ay = a.y - vertex.y;
        double bx = b.x - vertex.x;
        double by = b.y - vertex.y;
        double cos = (ax * bx + ay * by) / (Math.hypot(ax, ay) * Math.hypot(bx, by) + 1e-9);
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }
}
