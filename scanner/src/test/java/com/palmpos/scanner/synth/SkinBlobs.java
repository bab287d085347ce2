package com.palmpos.scanner.synth;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfInt4;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * The simple hand segmentation a webcam palm scanner starts with, for tests: the YCrCb skin box, a morphological
 * clean-up, the largest blob, and the deep convexity defects of its outline (the valleys between spread fingers).
 */
final class SkinBlobs {
    static {
        nu.pattern.OpenCV.loadLocally();
    }

    private final MatOfPoint largest;
    private final double largestArea;
    private final double frameArea;

    private SkinBlobs(BufferedImage image) {
        Mat ycrcb = new Mat();
        Imgproc.cvtColor(CompetitiveCode.bgr(image), ycrcb, Imgproc.COLOR_BGR2YCrCb);
        Mat mask = new Mat();
        Core.inRange(ycrcb, new Scalar(0, 133, 77), new Scalar(255, 173, 127), mask);
        Imgproc.morphologyEx(mask, mask, Imgproc.MORPH_OPEN,
                Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new org.opencv.core.Size(5, 5)));
        List<MatOfPoint> contours = new ArrayList<>();
        Imgproc.findContours(mask, contours, new Mat(), Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_NONE);
        MatOfPoint best = null;
        double bestArea = 0;
        for (MatOfPoint c : contours) {
            double area = Imgproc.contourArea(c);
            if (area > bestArea) {
                bestArea = area;
                best = c;
            }
        }
        this.largest = best;
        this.largestArea = bestArea;
        this.frameArea = (double) image.getWidth() * image.getHeight();
    }

    static SkinBlobs of(BufferedImage image) {
        return new SkinBlobs(image);
    }

    /** Area of the largest skin-coloured blob as a fraction of the frame. */
    double largestFraction() {
        return largestArea / frameArea;
    }

    /** Convexity defects of the largest blob deeper than the given fraction of the blob's bounding-box height. */
    int deepDefects(double minDepthFraction) {
        if (largest == null || largest.rows() < 5) {
            return 0;
        }
        MatOfInt hull = new MatOfInt();
        Imgproc.convexHull(largest, hull, false);
        MatOfInt4 defects = new MatOfInt4();
        Imgproc.convexityDefects(largest, hull, defects);
        double minDepth = minDepthFraction * Imgproc.boundingRect(largest).height;
        int count = 0;
        int[] d = defects.empty() ? new int[0] : defects.toArray();
        for (int i = 0; i + 3 < d.length; i += 4) {
            if (d[i + 3] / 256.0 > minDepth) {
                count++;
            }
        }
        return count;
    }
}
