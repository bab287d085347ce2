package com.palmpos.scanner;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.Objects;

/**
 * Where the palm detector found the palm in a hand frame, as fractions of the frame (0..1) so that it can be drawn
 * over a preview of any size and told apart from "no hand". Immutable.
 *
 * @param centreX palm box centre, fraction of the frame width
 * @param centreY palm box centre, fraction of the frame height
 * @param width palm box width, fraction of the frame width (the box spans the palm from the finger bases to the
 *     wrist, not the fingers)
 * @param height palm box height, fraction of the frame height
 * @param score detector probability 0..1
 * @param keypoints the detector's seven keypoints (0 wrist, 1-4 index to little finger base, 5-6 thumb), fractions
 *     of the frame; may lie slightly outside 0..1 when the hand leaves the frame
 */
public record PalmLocation(double centreX, double centreY, double width, double height, double score,
        List<Point2D.Double> keypoints) {

    public PalmLocation {
        Objects.requireNonNull(keypoints, "keypoints");
        keypoints = List.copyOf(keypoints);
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("palm box must have a positive size, got " + width + "x" + height);
        }
    }
}
