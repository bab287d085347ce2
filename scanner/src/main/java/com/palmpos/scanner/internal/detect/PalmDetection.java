package com.palmpos.scanner.internal.detect;

import org.opencv.core.Point;

/**
 * One palm found by the detector, in frame pixels: the palm box (centre and size, axis-aligned, as the model gives
 * it) and its seven keypoints.
 *
 * @param score probability 0..1 that the box holds a palm
 * @param keypoints {@link #WRIST}, the finger bases {@link #INDEX_MCP} .. {@link #LITTLE_MCP}, and two thumb points
 */
public record PalmDetection(double score, double centreX, double centreY, double width, double height,
        Point[] keypoints) {
    public static final int WRIST = 0;
    public static final int INDEX_MCP = 1;
    public static final int MIDDLE_MCP = 2;
    public static final int RING_MCP = 3;
    public static final int LITTLE_MCP = 4;
    public static final int KEYPOINTS = 7;

    public PalmDetection {
        if (keypoints.length != KEYPOINTS) {
            throw new IllegalArgumentException("a palm has " + KEYPOINTS + " keypoints, got " + keypoints.length);
        }
        keypoints = keypoints.clone();
    }

    /** Keypoint {@code i}. */
    public Point keypoint(int i) {
        return keypoints[i];
    }

    @Override
    public Point[] keypoints() {
        return keypoints.clone();
    }

    /** Intersection over union of the two boxes. */
    public double iou(PalmDetection other) {
        double ix = Math.min(centreX + width / 2, other.centreX + other.width / 2)
                - Math.max(centreX - width / 2, other.centreX - other.width / 2);
        double iy = Math.min(centreY + height / 2, other.centreY + other.height / 2)
                - Math.max(centreY - height / 2, other.centreY - other.height / 2);
        if (ix <= 0 || iy <= 0) {
            return 0;
        }
        double inter = ix * iy;
        return inter / (width * height + other.width * other.height - inter);
    }
}
