package com.palmpos.scanner.internal.hand;

import java.util.ArrayList;
import java.util.List;
import com.palmpos.scanner.internal.image.MatScope;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds the hand as the largest skin-coloured blob. Skin is taken in YCrCb chroma, which separates skin of all
 * tones from most backgrounds largely independently of brightness (Chai and Ngan 1999); the chroma box is then
 * narrowed around the frame's own skin colour (the median chroma of the first pass) so that warm backgrounds close
 * to skin do not merge with the hand. Stateless; thread-safe.
 */
public final class SkinSegmenter {
    private static final Scalar SKIN_LOW = new Scalar(40, 133, 77);
    private static final Scalar SKIN_HIGH = new Scalar(255, 180, 130);
    /** Half-width of the adaptive chroma box around the hand's own median colour, chroma levels. */
    private static final double ADAPTIVE_HALF_WIDTH = 18;

    /** Binary 0/255 mask of the largest skin blob, and its outer contour (null if none). */
    public record Blob(Mat mask, MatOfPoint contour, double area) {
        /** Frees the blob's native pixels (mask and contour). */
        public void release() {
            mask.release();
            if (contour != null) {
                contour.release();
            }
        }
    }

    /**
     * Candidate hand blobs, most trusted first: the fixed skin chroma box (narrowed to the frame's own skin colour),
     * then Otsu splits of the redness channels Cr - Cb and Cr. The adaptive splits rescue frames whose background
     * falls inside the fixed box (wood, warm walls); the caller keeps the first candidate that yields a palm.
     * The caller owns the blobs and {@link Blob#release() releases} them; everything else is released here.
     */
    public List<Blob> candidates(Mat bgr) {
        try (MatScope scope = new MatScope()) {
            Mat ycrcb = scope.mat();
            Imgproc.cvtColor(bgr, ycrcb, Imgproc.COLOR_BGR2YCrCb);
            List<Mat> channels = new ArrayList<>();
            Core.split(ycrcb, channels);
            scope.addAll(channels);
            Mat redness = scope.mat();
            Core.addWeighted(channels.get(1), 1.0, channels.get(2), -1.0, 128, redness);
            List<Blob> out = new ArrayList<>();
            out.add(largestSkinBlob(ycrcb));
            out.add(otsuBlob(redness));
            out.add(otsuBlob(channels.get(1)));
            return out;
        }
    }

    private static Blob otsuBlob(Mat channel) {
        Mat mask = new Mat();
        try {
            Imgproc.threshold(channel, mask, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
            return largest(clean(mask));
        } finally {
            mask.release();
        }
    }

    private Blob largestSkinBlob(Mat ycrcb) {
        Mat mask = new Mat();
        try {
            return largestSkinBlob(ycrcb, mask);
        } finally {
            mask.release();
        }
    }

    private static Blob largestSkinBlob(Mat ycrcb, Mat mask) {
        Core.inRange(ycrcb, SKIN_LOW, SKIN_HIGH, mask);
        Blob first = largest(clean(mask));
        if (first.contour() == null) {
            return first;
        }
        Scalar median = Core.mean(ycrcb, first.mask());
        Scalar low = new Scalar(SKIN_LOW.val[0], median.val[1] - ADAPTIVE_HALF_WIDTH, median.val[2] - ADAPTIVE_HALF_WIDTH);
        Scalar high = new Scalar(255, median.val[1] + ADAPTIVE_HALF_WIDTH, median.val[2] + ADAPTIVE_HALF_WIDTH);
        Core.inRange(ycrcb, low, high, mask);
        Blob second = largest(clean(mask));
        if (second.contour() == null) {
            second.release();
            return first;
        }
        first.release();
        return second;
    }

    private static Mat clean(Mat mask) {
        // opening only: a closing would also fill the narrow gaps between fingers that the valleys come from
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(5, 5));
        Imgproc.morphologyEx(mask, mask, Imgproc.MORPH_OPEN, kernel);
        kernel.release();
        return mask;
    }

    /** The largest blob of {@code mask} as a new mask and contour (the caller releases them). */
    private static Blob largest(Mat mask) {
        List<MatOfPoint> contours = new ArrayList<>();
        try (MatScope scope = new MatScope()) {
            Imgproc.findContours(scope.add(mask.clone()), contours, scope.mat(), Imgproc.RETR_EXTERNAL,
                    Imgproc.CHAIN_APPROX_NONE);
            scope.addAll(contours);
            return largestOf(contours, mask, scope);
        }
    }

    private static Blob largestOf(List<MatOfPoint> contours, Mat mask, MatScope scope) {
        MatOfPoint best = null;
        double bestArea = 0;
        for (MatOfPoint c : contours) {
            double area = Imgproc.contourArea(c);
            if (area > bestArea) {
                bestArea = area;
                best = c;
            }
        }
        Mat only = Mat.zeros(mask.size(), mask.type());
        if (best != null) {
            Imgproc.drawContours(only, List.of(best), 0, new Scalar(255), -1);
            scope.keep(best);
        }
        return new Blob(only, best, bestArea);
    }
}
