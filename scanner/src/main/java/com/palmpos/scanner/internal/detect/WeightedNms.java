package com.palmpos.scanner.internal.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Point;

/**
 * Weighted non-maximum suppression (MediaPipe's {@code WEIGHTED} algorithm, after BlazeFace): the best remaining
 * detection and every other one overlapping it by more than the IoU threshold form a cluster; the cluster becomes
 * one detection whose box and keypoints are the score-weighted mean of its members and whose score is the best
 * member's. Averaging many neighbouring anchors steadies the keypoints, which place the ROI. Stateless.
 */
public final class WeightedNms {
    private WeightedNms() {
    }

    /** The clusters of {@code detections}, best first. */
    public static List<PalmDetection> apply(List<PalmDetection> detections, double iouThreshold) {
        List<PalmDetection> remaining = new ArrayList<>(detections);
        remaining.sort(Comparator.comparingDouble(PalmDetection::score).reversed());
        List<PalmDetection> kept = new ArrayList<>();
        while (!remaining.isEmpty()) {
            PalmDetection best = remaining.get(0);
            List<PalmDetection> cluster = new ArrayList<>();
            List<PalmDetection> rest = new ArrayList<>();
            for (PalmDetection d : remaining) {
                (d == best || best.iou(d) > iouThreshold ? cluster : rest).add(d);
            }
            kept.add(mean(cluster, best.score()));
            remaining = rest;
        }
        return kept;
    }

    private static PalmDetection mean(List<PalmDetection> cluster, double score) {
        double total = 0;
        double cx = 0;
        double cy = 0;
        double w = 0;
        double h = 0;
        double[] kx = new double[PalmDetection.KEYPOINTS];
        double[] ky = new double[PalmDetection.KEYPOINTS];
        for (PalmDetection d : cluster) {
            double s = d.score();
            total += s;
            cx += s * d.centreX();
            cy += s * d.centreY();
            w += s * d.width();
            h += s * d.height();
            for (int k = 0; k < kx.length; k++) {
                kx[k] += s * d.keypoint(k).x;
                ky[k] += s * d.keypoint(k).y;
            }
        }
        Point[] keypoints = new Point[kx.length];
        for (int k = 0; k < kx.length; k++) {
            keypoints[k] = new Point(kx[k] / total, ky[k] / total);
        }
        return new PalmDetection(score, cx / total, cy / total, w / total, h / total, keypoints);
    }
}
