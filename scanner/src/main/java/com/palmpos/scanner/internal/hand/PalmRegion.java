package com.palmpos.scanner.internal.hand;

import com.palmpos.scanner.FailureReason;
import org.opencv.core.Mat;

/**
 * Outcome of locating the palm in a hand frame: the normalised grey ROI with openness and size scores (0..1), or
 * a failure reason.
 */
public record PalmRegion(Mat roi, double openness, double sizeScore, FailureReason failure) {

    public static PalmRegion failed(FailureReason reason) {
        return new PalmRegion(null, 0, 0, reason);
    }

    public static PalmRegion of(Mat roi, double openness, double sizeScore) {
        return new PalmRegion(roi, openness, sizeScore, null);
    }
}
