package com.palmpos.scanner.internal.code;

import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.internal.match.CodeLayout;
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
    private final Mat floatRoi = new Mat();
    private final Mat response = new Mat();
    private final Mat pooled = new Mat();

    public OrientationCoder(Parameters p) {
        this.bank = new GaborBank(p);
        this.grid = com.palmpos.scanner.PalmTemplate.GRID;
    }

    /** Fine (grid x grid) and coarse (grid/2 x grid/2) codes, packed by {@link CodeLayout}. */
    public record Code(long[] fine, long[] coarse) {
    }

    /** Codes a grey 8-bit ROI of {@code roiSize} pixels. */
    public Code code(Mat greyRoi) {
        greyRoi.convertTo(floatRoi, CvType.CV_32F);
        Core.normalize(floatRoi, floatRoi, 0, 1, Core.NORM_MINMAX);
        int planes = bank.size();
        int coarseGrid = grid / 2;
        int[] fineRows = new int[grid * planes];
        int[] coarseRows = new int[coarseGrid * planes];
        for (int k = 0; k < planes; k++) {
            bank.filter(floatRoi, k, response);
            signs(response, grid, fineRows, k);
            signs(response, coarseGrid, coarseRows, k);
        }
        return new Code(CodeLayout.pack(fineRows, grid, fineRows.length),
                CodeLayout.pack(coarseRows, coarseGrid, coarseRows.length));
    }

    private void signs(Mat filtered, int cells, int[] rows, int plane) {
        Imgproc.resize(filtered, pooled, new Size(cells, cells), 0, 0, Imgproc.INTER_AREA);
        float[] cell = new float[cells * cells];
        pooled.get(0, 0, cell);
        for (int r = 0; r < cells; r++) {
            int row = 0;
            for (int c = 0; c < cells; c++) {
                if (cell[r * cells + c] > 0f) {
                    row |= 1 << c;
                }
            }
            rows[plane * cells + r] = row;
        }
    }
}
