package com.palmpos.scanner.internal.code;

import com.palmpos.scanner.PalmTemplate;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Responses of a filter bank averaged over the cells of the fine and coarse template grids.
 *
 * <p>Averaging before coding ("pooling") removes single-pixel noise that makes per-pixel palmprint code bits
 * fragile (the problem E-BOCV addresses by masking), at no template cost. Not thread-safe (scratch matrices).
 */
final class CellResponses {
    private final List<Mat> kernels;
    private final Mat floatRoi = new Mat();
    private final Mat response = new Mat();
    private final Mat pooled = new Mat();

    /** Cell-averaged responses: {@code fine[k][row * 32 + col]} and {@code coarse[k][row * 16 + col]}. */
    record Pooled(float[][] fine, float[][] coarse) {
    }

    CellResponses(List<Mat> kernels) {
        this.kernels = List.copyOf(kernels);
    }

    int filters() {
        return kernels.size();
    }

    Pooled of(Mat greyRoi) {
        greyRoi.convertTo(floatRoi, CvType.CV_32F);
        // contrast-normalised, so that the responses (used by argmin codes) do not depend on exposure
        Core.normalize(floatRoi, floatRoi, 0, 1, Core.NORM_MINMAX);
        int grid = PalmTemplate.GRID;
        int coarseGrid = PalmTemplate.COARSE_GRID;
        float[][] fine = new float[kernels.size()][grid * grid];
        float[][] coarse = new float[kernels.size()][coarseGrid * coarseGrid];
        for (int k = 0; k < kernels.size(); k++) {
            Imgproc.filter2D(floatRoi, response, CvType.CV_32F, kernels.get(k));
            pool(grid, fine[k]);
            pool(coarseGrid, coarse[k]);
        }
        return new Pooled(fine, coarse);
    }

    private void pool(int cells, float[] out) {
        Imgproc.resize(response, pooled, new Size(cells, cells), 0, 0, Imgproc.INTER_AREA);
        pooled.get(0, 0, out);
    }
}
