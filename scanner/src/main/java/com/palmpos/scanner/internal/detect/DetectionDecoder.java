package com.palmpos.scanner.internal.detect;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Point;

/**
 * Turns the palm detector's raw outputs into detections, as MediaPipe's {@code TensorsToDetectionsCalculator} does
 * for this model: score = sigmoid(logit clipped to +-100); box centre and keypoints are offsets in input pixels from
 * the anchor centre, box size is in input pixels (anchors have size 1). Coordinates come out in 0..1 of the square
 * input. Stateless apart from the anchors; thread-safe.
 */
public final class DetectionDecoder {
    /** Values per anchor: box centre x, y, width, height, then 7 keypoints x, y. */
    public static final int COORDS = 4 + 2 * PalmDetection.KEYPOINTS;
    private static final double SCORE_CLIP = 100;

    private final SsdAnchors anchors;

    public DetectionDecoder(SsdAnchors anchors) {
        this.anchors = anchors;
    }

    /**
     * @param logits one score logit per anchor
     * @param regressors {@link #COORDS} values per anchor, anchor-major
     * @param minScore smallest probability kept
     * @return the anchors' detections scoring at least {@code minScore}, unordered, in 0..1 input coordinates
     */
    public List<PalmDetection> decode(float[] logits, float[] regressors, double minScore) {
        int n = anchors.size();
        if (logits.length != n || regressors.length != n * COORDS) {
            throw new IllegalArgumentException("palm detector output has " + logits.length + " scores and "
                    + regressors.length + " regressors; expected " + n + " and " + n * COORDS
                    + ": the model file is not MediaPipe's 192x192 palm detector");
        }
        double size = SsdAnchors.INPUT_SIZE;
        List<PalmDetection> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double score = sigmoid(logits[i]);
            if (score < minScore) {
                continue;
            }
            int o = i * COORDS;
            double ax = anchors.x(i);
            double ay = anchors.y(i);
            Point[] keypoints = new Point[PalmDetection.KEYPOINTS];
            for (int k = 0; k < keypoints.length; k++) {
                keypoints[k] = new Point(regressors[o + 4 + 2 * k] / size + ax, regressors[o + 5 + 2 * k] / size + ay);
            }
            found.add(new PalmDetection(score, regressors[o] / size + ax, regressors[o + 1] / size + ay,
                    regressors[o + 2] / size, regressors[o + 3] / size, keypoints));
        }
        return found;
    }

    static double sigmoid(double logit) {
        double clipped = Math.max(-SCORE_CLIP, Math.min(SCORE_CLIP, logit));
        return 1 / (1 + Math.exp(-clipped));
    }
}
