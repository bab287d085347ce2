package com.palmpos.scanner.internal.hand;

import com.palmpos.scanner.FailureReason;
import org.opencv.core.Mat;
import org.opencv.core.Point;

/**
 * Outcome of locating the palm in a hand frame: the normalised grey ROI with openness and size scores (0..1) and
 * the two outer finger valleys it was built on (frame pixels), or a failure reason.
 */
public record PalmRegion(Mat roi, double openness, double sizeScore, Point firstValley, Point lastValley,
        FailureReason failure) {

    public static PalmRegion failed(FailureReason reason) {
        return new PalmRegion(null, 0, 0, null, null, reason);
    }

    public static PalmRegion of(Mat roi, double openness, double sizeScore, Point firstValley, Point lastValley) {
        return new PalmRegion(roi, openness, sizeScore, firstValley, lastValley, null);
    }
}
