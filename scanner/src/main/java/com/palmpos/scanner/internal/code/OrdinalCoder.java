package com.palmpos.scanner.internal.code;

import com.palmpos.scanner.Parameters;
import org.opencv.core.Mat;

/**
 * Ordinal code (Sun et al. 2005), pooled: per cell and orientation pair, the sign of the cell-averaged response
 * of an {@link OrdinalFilterBank} filter, i.e. whether the lines there run closer to theta or to theta + 90
 * degrees. N/2 bit planes; cost: N/2 filter passes over the ROI. Not thread-safe.
 */
final class OrdinalCoder implements FeatureCoder {
    private final CellResponses responses;

    OrdinalCoder(Parameters p) {
        this.responses = new CellResponses(new OrdinalFilterBank(p).kernels());
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
