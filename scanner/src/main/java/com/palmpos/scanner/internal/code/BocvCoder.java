package com.palmpos.scanner.internal.code;

import com.palmpos.scanner.Parameters;
import org.opencv.core.Mat;

/**
 * Binary orientation co-occurrence vector (Guo et al. 2009), pooled: one bit per Gabor orientation per cell, the
 * sign of the cell-averaged response. Keeps the information of every orientation, not only the winning one.
 * Cost: N filter passes over the ROI. Not thread-safe.
 */
final class BocvCoder implements FeatureCoder {
    private final CellResponses responses;

    BocvCoder(Parameters p) {
        this.responses = new CellResponses(new GaborBank(p).kernels());
    }

    @Override
    public int planes() {
        return responses.filters();
    }

    @Override
    public BitCode code(Mat greyRoi) {
        CellResponses.Pooled r = responses.of(greyRoi);
        return PlaneWriter.write(planes(), (k, cell) -> r.fine()[k][cell] > 0f, (k, cell) -> r.coarse()[k][cell] > 0f);
    }
}
