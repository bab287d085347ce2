package com.palmpos.scanner.internal.hand;

import com.palmpos.scanner.FailureReason;
import com.palmpos.scanner.PalmLocation;
import org.opencv.core.Mat;
import org.opencv.core.Point;

/**
 * Outcome of locating the palm in a hand frame: the normalised grey ROI with openness and size scores (0..1) and
 * the two outer finger valleys it was built on (frame pixels), or a failure reason; with the detector, also where
 * the palm was found ({@code location}, null for the classic pipeline and when no palm was found).
 */
public record PalmRegion(Mat roi, double openness, double sizeScore, Point firstValley, Point lastValley,
        FailureReason failure, PalmLocation location) {

    public static PalmRegion failed(FailureReason reason) {
        return new PalmRegion(null, 0, 0, null, null, reason, null);
    }

    public static PalmRegion failed(FailureReason reason, PalmLocation location) {
        return new PalmRegion(null, 0, 0, null, null, reason, location);
    }

    public static PalmRegion of(Mat roi, double openness, double sizeScore, Point firstValley, Point lastValley) {
        return new PalmRegion(roi, openness, sizeScore, firstValley, lastValley, null, null);
    }

    /** This region with where the detector found the palm. */
    public PalmRegion at(PalmLocation where) {
        return new PalmRegion(roi, openness, sizeScore, firstValley, lastValley, failure, where);
    }
}
