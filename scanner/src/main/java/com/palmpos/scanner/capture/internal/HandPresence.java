package com.palmpos.scanner.capture.internal;

import com.palmpos.scanner.capture.PalmBox;
import com.palmpos.scanner.internal.hand.SkinSegmenter;
import com.palmpos.scanner.internal.image.Images;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Cheap "is there a hand, where, and is it sharp" before the engine runs: the engine's own skin segmentation on a
 * {@value #SEGMENT_WIDTH}-pixel thumbnail (so presence and extraction agree on what a hand is), and the standard
 * deviation of the Laplacian inside the hand's box at {@value #SHARPNESS_WIDTH} pixels as a motion-blur measure
 * (the engine's own sharpness is taken on the normalised palm crop, which hides the smear of a moving hand).
 * About 2 ms for a 640x480 frame. Stateless and thread-safe.
 */
public final class HandPresence {
    static final int SEGMENT_WIDTH = 160;
    static final int SHARPNESS_WIDTH = 320;
    /** Smallest blob counted as a hand, fraction of the frame: the engine's own NO_HAND limit. */
    private static final double MIN_AREA = 0.005;
    private final SkinSegmenter segmenter = new SkinSegmenter();

    /** A hand in view: its box and how sharp it is (Laplacian standard deviation, grey levels). */
    public record Sighting(PalmBox box, double sharpness) {
    }

    public HandPresence() {
        OpenCvRuntime.ensureLoaded();
    }

    /** The hand in view, or empty if no hand-sized skin blob is there. */
    public Optional<Sighting> find(BufferedImage frame) {
        Mat bgr = Images.toBgr(frame);
        Mat medium = shrink(bgr, SHARPNESS_WIDTH);
        Mat small = shrink(medium, SEGMENT_WIDTH);
        SkinSegmenter.Blob blob = segmenter.largestSkinBlob(small);
        double frameArea = (double) small.rows() * small.cols();
        if (blob.contour() == null || blob.area() < MIN_AREA * frameArea) {
            return Optional.empty();
        }
        Rect r = Imgproc.boundingRect(blob.contour());
        PalmBox box = new PalmBox((double) r.x / small.cols(), (double) r.y / small.rows(),
                (double) r.width / small.cols(), (double) r.height / small.rows());
        return Optional.of(new Sighting(box, sharpness(medium, box)));
    }

    private static Mat shrink(Mat image, int width) {
        if (image.cols() <= width) {
            return image;
        }
        double scale = (double) width / image.cols();
        Mat out = new Mat();
        Imgproc.resize(image, out, new Size(), scale, scale, Imgproc.INTER_AREA);
        return out;
    }

    private static double sharpness(Mat bgr, PalmBox box) {
        int x = (int) (box.x() * bgr.cols());
        int y = (int) (box.y() * bgr.rows());
        int w = Math.max(1, Math.min(bgr.cols() - x, (int) Math.round(box.width() * bgr.cols())));
        int h = Math.max(1, Math.min(bgr.rows() - y, (int) Math.round(box.height() * bgr.rows())));
        Mat grey = new Mat();
        Imgproc.cvtColor(new Mat(bgr, new Rect(x, y, w, h)), grey, Imgproc.COLOR_BGR2GRAY);
        Mat laplacian = new Mat();
        Imgproc.Laplacian(grey, laplacian, CvType.CV_32F);
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble deviation = new MatOfDouble();
        Core.meanStdDev(laplacian, mean, deviation);
        return deviation.get(0, 0)[0];
    }
}
