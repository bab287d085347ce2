package com.palmpos.scanner.internal.hand;

import com.palmpos.scanner.FailureReason;
import com.palmpos.scanner.PalmLocation;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Point;

/**
 * Outcome of locating the palm in a hand frame: the normalised grey ROI with openness and size scores (0..1) and
 * the two outer finger valleys it was built on (frame pixels), or a failure reason; with the detector, also where
 * the palm was found ({@code location}, null for the classic pipeline and when no palm was found) and the ROIs
 * of the square turned by {@link com.palmpos.scanner.HandDetection#probeTurn()} both ways (empty unless asked).
 */
public record PalmRegion(Mat roi, double openness, double sizeScore, Point firstValley, Point lastValley,
        FailureReason failure, PalmLocation location, List<Mat> turnedRois) {

    public PalmRegion {
        turnedRois = List.copyOf(turnedRois);
    }

    public static PalmRegion failed(FailureReason reason) {
        return new PalmRegion(null, 0, 0, null, null, reason, null, List.of());
    }

    public static PalmRegion failed(FailureReason reason, PalmLocation location) {
        return new PalmRegion(null, 0, 0, null, null, reason, location, List.of());
    }

    public static PalmRegion of(Mat roi, double openness, double sizeScore, Point firstValley, Point lastValley) {
        return new PalmRegion(roi, openness, sizeScore, firstValley, lastValley, null, null, List.of());
    }

    /** This region with where the detector found the palm. */
    public PalmRegion at(PalmLocation where) {
        return new PalmRegion(roi, openness, sizeScore, firstValley, lastValley, failure, where, turnedRois);
    }

    /** This region with the ROIs of its square turned both ways (for the probe's rotation search; the caller of
     * {@code locate} releases them like {@link #roi()}). */
    public PalmRegion withTurned(List<Mat> rois) {
        return new PalmRegion(roi, openness, sizeScore, firstValley, lastValley, failure, location, rois);
    }
}
