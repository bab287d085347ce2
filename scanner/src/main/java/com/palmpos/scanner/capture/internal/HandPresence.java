package com.palmpos.scanner.capture.internal;

import com.palmpos.scanner.capture.PalmBox;
import com.palmpos.scanner.internal.hand.SkinSegmenter;
import com.palmpos.scanner.internal.image.Images;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Cheap "is there a hand, and where" on a {@value #WIDTH}-pixel-wide thumbnail, with the engine's own skin
 * segmentation so that presence and extraction agree on what a hand is. About 1-2 ms for a 640x480 frame.
 * Stateless and thread-safe.
 */
public final class HandPresence {
    static final int WIDTH = 160;
    /** Smallest blob counted as a hand, fraction of the frame: the engine's own NO_HAND limit. */
    private static final double MIN_AREA = 0.005;
    private final SkinSegmenter segmenter = new SkinSegmenter();

    public HandPresence() {
        OpenCvRuntime.ensureLoaded();
    }

    /** The hand's bounding box, or empty if no hand-sized skin blob is in view. */
    public Optional<PalmBox> find(BufferedImage frame) {
        Mat bgr = Images.toBgr(frame);
        double scale = Math.min(1.0, (double) WIDTH / bgr.cols());
        Mat small = new Mat();
        Imgproc.resize(bgr, small, new Size(), scale, scale, Imgproc.INTER_AREA);
        SkinSegmenter.Blob blob = segmenter.largestSkinBlob(small);
        double frameArea = (double) small.rows() * small.cols();
        if (blob.contour() == null || blob.area() < MIN_AREA * frameArea) {
            return Optional.empty();
        }
        Rect r = Imgproc.boundingRect(blob.contour());
        return Optional.of(new PalmBox((double) r.x / small.cols(), (double) r.y / small.rows(),
                (double) r.width / small.cols(), (double) r.height / small.rows()));
    }
}
