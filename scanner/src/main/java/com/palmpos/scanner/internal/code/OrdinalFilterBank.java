package com.palmpos.scanner.internal.code;

import com.palmpos.scanner.Parameters;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * Orthogonal line ordinal filters (Sun et al. 2005): for each of N/2 orientations theta, an elongated Gaussian
 * line filter at theta minus the same filter at theta + 90 degrees. Each Gaussian is normalised to unit sum, so
 * the difference has zero DC and its sign says which of the two orthogonal directions the local lines follow.
 * Immutable after construction; the kernels are read-only and can be shared by threads.
 */
final class OrdinalFilterBank {
    private final List<Mat> kernels = new ArrayList<>();

    OrdinalFilterBank(Parameters p) {
        int pairs = p.orientations() / 2;
        for (int k = 0; k < pairs; k++) {
            double theta = Math.PI * k / p.orientations();
            float[] along = line(p, theta);
            float[] across = line(p, theta + Math.PI / 2);
            float[] diff = new float[along.length];
            for (int i = 0; i < diff.length; i++) {
                diff[i] = along[i] - across[i];
            }
            Mat kernel = new Mat(p.gaborKernel(), p.gaborKernel(), CvType.CV_32F);
            kernel.put(0, 0, diff);
            kernels.add(kernel);
        }
    }

    List<Mat> kernels() {
        return List.copyOf(kernels);
    }

    /** Unit-sum Gaussian elongated along direction {@code theta}. */
    private static float[] line(Parameters p, double theta) {
        int size = p.gaborKernel();
        int half = size / 2;
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double[] values = new double[size * size];
        double sum = 0;
        for (int y = -half; y <= half; y++) {
            for (int x = -half; x <= half; x++) {
                double along = x * cos + y * sin;
                double across = -x * sin + y * cos;
                double v = Math.exp(-along * along / (2 * p.ordinalSigmaAlong() * p.ordinalSigmaAlong())
                        - across * across / (2 * p.ordinalSigmaAcross() * p.ordinalSigmaAcross()));
                values[(y + half) * size + x + half] = v;
                sum += v;
            }
        }
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (values[i] / sum);
        }
        return out;
    }
}
