package com.palmpos.scanner.internal.code;

import com.palmpos.scanner.Parameters;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Binary Orientation Co-occurrence Vector (BOCV) coder: one sign bit per Gabor orientation per grid cell.
 *
 * <p>Why BOCV: among the published palmprint orientation codes it is the one that keeps the information of every
 * orientation (CompCode keeps only the winning orientation, 3 bits; ordinal code keeps 3 orthogonal differences),
 * and Guo et al. (2009) and Zhang et al. (E-BOCV, 2012) report lower EERs than CompCode and ordinal code on PolyU.
 * The Gabor response is averaged over each cell before taking the sign ("pooled BOCV"): this removes the
 * single-pixel noise that makes many BOCV bits fragile, the same aim as E-BOCV's fragile-bit masking but without
 * spending template bytes on a mask. Matching is Hamming distance with a shift search.
 *
 * <p>Cost: 6 filter2D passes over a 128x128 float image, about 2-4 ms. Not thread-safe per instance only because
 * it reuses scratch matrices; use one coder per thread.
 */
public final class OrientationCoder {
    private final GaborBank bank;
    private final int grid;
    private final int roiSize;
    private final Mat floatRoi = new Mat();
    private final Mat response = new Mat();
    private final Mat pooled = new Mat();

    public OrientationCoder(Parameters p) {
        this.bank = new GaborBank(p);
        this.grid = p.codeGrid();
        this.roiSize = p.roiSize();
    }

    /** Codes a grey 8-bit ROI of {@code roiSize} pixels into packed rows (two per long, plane-major). */
    public long[] code(Mat greyRoi) {
        greyRoi.convertTo(floatRoi, CvType.CV_32F);
        Core.normalize(floatRoi, floatRoi, 0, 1, Core.NORM_MINMAX);
        int planes = bank.size();
        long[] words = new long[(grid * planes + 1) / 2];
        float[] cell = new float[grid * grid];
        for (int k = 0; k < planes; k++) {
            bank.filter(floatRoi, k, response);
            Imgproc.resize(response, pooled, new Size(grid, grid), 0, 0, Imgproc.INTER_AREA);
            pooled.get(0, 0, cell);
            for (int r = 0; r < grid; r++) {
                int row = 0;
                for (int c = 0; c < grid; c++) {
                    if (cell[r * grid + c] > 0f) {
                        row |= 1 << c;
                    }
                }
                int index = k * grid + r;
                words[index >> 1] |= (index & 1) == 0 ? Integer.toUnsignedLong(row) : ((long) row) << 32;
            }
        }
        return words;
    }

    public int roiSize() {
        return roiSize;
    }
}
