package com.palmpos.scanner.internal.code;

import org.opencv.core.Mat;

/**
 * Turns a normalised grey palm ROI into bit planes. Implementations are not thread-safe (they reuse scratch
 * matrices): one coder per thread, as {@link com.palmpos.scanner.internal.PalmPipeline} does.
 */
public interface FeatureCoder {
    /** Bit planes this coder writes per grid cell. */
    int planes();

    /** Codes a grey 8-bit ROI of {@code roiSize} pixels. Cost: a few filter passes over the ROI (1-5 ms). */
    BitCode code(Mat greyRoi);
}
