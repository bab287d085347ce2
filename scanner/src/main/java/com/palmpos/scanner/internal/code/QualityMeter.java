package com.palmpos.scanner.internal.code;

import com.palmpos.scanner.Parameters;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.imgproc.Imgproc;

/** Sharpness and exposure of a grey 8-bit palm ROI. Stateless apart from parameters; thread-safe. */
public final class QualityMeter {
    private final Parameters p;

    public QualityMeter(Parameters p) {
        this.p = p;
    }

    /** Mean absolute Laplacian of the ROI, grey levels per pixel. */
    public double sharpness(Mat greyRoi) {
        Mat lap = new Mat();
        try {
            Imgproc.Laplacian(greyRoi, lap, CvType.CV_16S, 3);
            Core.convertScaleAbs(lap, lap);
            return Core.mean(lap).val[0];
        } finally {
            lap.release();
        }
    }

    /** Mean grey level 0..255. */
    public double brightness(Mat greyRoi) {
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble std = new MatOfDouble();
        try {
            Core.meanStdDev(greyRoi, mean, std);
            return mean.get(0, 0)[0];
        } finally {
            mean.release();
            std.release();
        }
    }

    /** Sharpness mapped to 0..1: 0 at the blur limit, 1 at three times it. */
    public double sharpnessScore(double sharpness) {
        return clamp((sharpness - p.minSharpness()) / (2 * p.minSharpness()));
    }

    /** Exposure mapped to 0..1: 0 at either limit, 1 in the middle third of the allowed range. */
    public double exposureScore(double brightness) {
        double range = p.maxBrightness() - p.minBrightness();
        double fromEdge = Math.min(brightness - p.minBrightness(), p.maxBrightness() - brightness);
        return clamp(fromEdge / (range / 3));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
