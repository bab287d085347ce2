package com.palmpos.scanner.capture.internal;

import com.palmpos.scanner.capture.PalmBox;
import com.palmpos.scanner.internal.image.Images;
import com.palmpos.scanner.internal.image.MatScope;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Cheap "is there a hand, where, and is it sharp" before the engine runs: the largest skin-coloured blob (YCrCb
 * chroma box, as the engine's first segmentation pass; kept here so the loop does not lean on the engine's
 * internals) on a {@value #SEGMENT_WIDTH}-pixel thumbnail, and the standard deviation of the Laplacian inside the
 * blob's box at {@value #SHARPNESS_WIDTH} pixels as a motion-blur measure (the engine's own sharpness is taken on
 * the normalised palm crop, which hides the smear of a moving hand). It errs towards "present": the engine makes
 * the final call. About 2 ms of CPU for a 640x480 frame. Stateless and thread-safe.
 */
public final class HandPresence {
    static final int SEGMENT_WIDTH = 160;
    static final int SHARPNESS_WIDTH = 320;
    /** Smallest blob counted as a hand, fraction of the frame: the engine's own NO_HAND limit. */
    private static final double MIN_AREA = 0.005;
    /** Larger blobs, or blobs spanning the whole frame, may be a skin-coloured wall rather than a hand. */
    private static final double MAX_PLAUSIBLE_AREA = 0.6;
    private static final Scalar SKIN_LOW = new Scalar(40, 133, 77);
    private static final Scalar SKIN_HIGH = new Scalar(255, 180, 130);
    /** Opening kernel that removes speckle; read-only once built. */
    private final Mat kernel;

    /**
     * Something skin-coloured in view.
     *
     * @param box its bounding box
     * @param sharpness Laplacian standard deviation inside the box, grey levels
     * @param plausibleHand false when the blob is so large or wide that it may be background: then its sharpness
     *     says nothing about a hand
     */
    public record Sighting(PalmBox box, double sharpness, boolean plausibleHand) {
    }

    public HandPresence() {
        OpenCvRuntime.ensureLoaded();
        kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(3, 3));
    }

    /** The skin blob in view, or empty if there is none of hand size. Every matrix is released before it returns. */
    public Optional<Sighting> find(BufferedImage frame) {
        try (MatScope scope = new MatScope()) {
            Mat bgr = scope.add(Images.toBgr(frame));
            Mat medium = scope.add(shrink(bgr, SHARPNESS_WIDTH));
            Mat small = scope.add(shrink(medium, SEGMENT_WIDTH));
            Mat ycrcb = scope.mat();
            Imgproc.cvtColor(small, ycrcb, Imgproc.COLOR_BGR2YCrCb);
            Mat mask = scope.mat();
            Core.inRange(ycrcb, SKIN_LOW, SKIN_HIGH, mask);
            Imgproc.morphologyEx(mask, mask, Imgproc.MORPH_OPEN, kernel);
            List<MatOfPoint> contours = new ArrayList<>();
            Imgproc.findContours(mask, contours, scope.mat(), Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
            scope.addAll(contours);
            MatOfPoint largest = null;
            double largestArea = 0;
            for (MatOfPoint c : contours) {
                double area = Imgproc.contourArea(c);
                if (area > largestArea) {
                    largestArea = area;
                    largest = c;
                }
            }
            double fraction = largestArea / ((double) small.rows() * small.cols());
            if (largest == null || fraction < MIN_AREA) {
                return Optional.empty();
            }
            Rect r = Imgproc.boundingRect(largest);
            PalmBox box = new PalmBox((double) r.x / small.cols(), (double) r.y / small.rows(),
                    (double) r.width / small.cols(), (double) r.height / small.rows());
            boolean plausible = fraction <= MAX_PLAUSIBLE_AREA && !(box.width() > 0.95 && box.height() > 0.95);
            return Optional.of(new Sighting(box, sharpness(medium, box, scope), plausible));
        }
    }

    /** {@code image} itself when it is narrow enough, else a new shrunk copy. */
    private static Mat shrink(Mat image, int width) {
        if (image.cols() <= width) {
            return image;
        }
        double scale = (double) width / image.cols();
        Mat out = new Mat();
        Imgproc.resize(image, out, new Size(), scale, scale, Imgproc.INTER_AREA);
        return out;
    }

    private static double sharpness(Mat bgr, PalmBox box, MatScope scope) {
        int x = (int) (box.x() * bgr.cols());
        int y = (int) (box.y() * bgr.rows());
        int w = Math.max(1, Math.min(bgr.cols() - x, (int) Math.round(box.width() * bgr.cols())));
        int h = Math.max(1, Math.min(bgr.rows() - y, (int) Math.round(box.height() * bgr.rows())));
        Mat grey = scope.mat();
        Imgproc.cvtColor(scope.add(new Mat(bgr, new Rect(x, y, w, h))), grey, Imgproc.COLOR_BGR2GRAY);
        Mat laplacian = scope.mat();
        Imgproc.Laplacian(grey, laplacian, CvType.CV_32F);
        MatOfDouble mean = scope.add(new MatOfDouble());
        MatOfDouble deviation = scope.add(new MatOfDouble());
        Core.meanStdDev(laplacian, mean, deviation);
        return deviation.get(0, 0)[0];
    }
}
