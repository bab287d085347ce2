package com.palmpos.scanner.internal.code;

import com.palmpos.scanner.Parameters;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Even (real) Gabor filters at evenly spaced orientations with their DC removed, so that the responses ignore
 * uniform illumination (as in Kong and Zhang's competitive code). Immutable after construction; the kernels are
 * read-only, so one bank can be shared by threads.
 */
public final class GaborBank {
    private final List<Mat> kernels = new ArrayList<>();

    public GaborBank(Parameters p) {
        for (int k = 0; k < p.orientations(); k++) {
            double theta = Math.PI * k / p.orientations();
            Mat kernel = Imgproc.getGaborKernel(new Size(p.gaborKernel(), p.gaborKernel()), p.gaborSigma(), theta,
                    p.gaborWavelength(), p.gaborAspect(), 0, CvType.CV_32F);
            Scalar mean = Core.mean(kernel);
            Core.subtract(kernel, mean, kernel);
            // unit L1 norm keeps responses on a comparable scale across orientations
            double l1 = Core.norm(kernel, Core.NORM_L1);
            Core.multiply(kernel, new Scalar(1.0 / l1), kernel);
            kernels.add(kernel);
        }
    }

    /** The kernels (read-only by contract: callers must not modify them). */
    public List<Mat> kernels() {
        return List.copyOf(kernels);
    }
}
