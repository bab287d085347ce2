package com.palmpos.scanner.internal.code;

import com.palmpos.scanner.Parameters;
import org.opencv.core.Mat;

/**
 * Competitive code (Kong and Zhang 2004), pooled: per cell, the orientation j whose even Gabor response is the
 * most negative (palm lines are dark, and the filter's centre lobe is positive), written as N/2 bits where bit i
 * is set when {@code i < j <= i + N/2}. Neighbouring orientations then differ in one bit and orthogonal ones in
 * N/2, so the Hamming distance is the angular distance. Cost: N filter passes over the ROI. Not thread-safe.
 */
final class CompCodeCoder implements FeatureCoder {
    private final CellResponses responses;
    private final int orientations;

    CompCodeCoder(Parameters p) {
        this.responses = new CellResponses(new GaborBank(p).kernels());
        this.orientations = p.orientations();
    }

    @Override
    public int planes() {
        return orientations / 2;
    }

    @Override
    public BitCode code(Mat greyRoi) {
        CellResponses.Pooled r = responses.of(greyRoi);
        int[] fineWinner = winners(r.fine());
        int[] coarseWinner = winners(r.coarse());
        return PlaneWriter.write(planes(), (i, cell) -> bit(i, fineWinner[cell], planes()),
                (i, cell) -> bit(i, coarseWinner[cell], planes()));
    }

    /** Bit {@code i} of the code of orientation {@code j} among {@code 2 * half} orientations. */
    static boolean bit(int i, int j, int half) {
        return j > i && j <= i + half;
    }

    private int[] winners(float[][] planes) {
        int cells = planes[0].length;
        int[] winner = new int[cells];
        for (int c = 0; c < cells; c++) {
            int best = 0;
            for (int k = 1; k < planes.length; k++) {
                if (planes[k][c] < planes[best][c]) {
                    best = k;
                }
            }
            winner[c] = best;
        }
        return winner;
    }
}
