package com.palmpos.scanner.capture.internal;

import com.palmpos.scanner.PalmLocation;
import com.palmpos.scanner.capture.PalmBox;
import com.palmpos.scanner.internal.image.MatScope;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The whole hand's box from the palm detector's palm box and keypoints, for the preview and the capture guidance,
 * and how sharp the hand is inside it (a motion-blur measure). Stateless and thread-safe.
 */
public final class HandBox {
    /**
     * Hand box side as a multiple of the palm box side, and the shift of its centre from the palm's towards the
     * fingers, in palm box sides: the fingers are about as long as the palm, so the hand spans about two palm
     * boxes from the wrist (MediaPipe turns its palm box into a hand box the same way, 2.6 and 0.5, for a rotated
     * box; an upright box needs less).
     */
    static final double SCALE = 2.2;
    static final double SHIFT = 0.5;
    /** Width at which the sharpness is measured: the capture guidance's calibration width. */
    static final int SHARPNESS_WIDTH = 320;

    private HandBox() {
    }

    /** The hand's box, clipped to the frame, from where the palm was found in a {@code cols x rows} frame. */
    public static PalmBox around(PalmLocation palm, int cols, int rows) {
        double side = SCALE * Math.max(palm.width() * cols, palm.height() * rows);
        Point2D.Double wrist = palm.keypoints().get(0);
        Point2D.Double middle = palm.keypoints().get(2);
        double dx = (middle.x - wrist.x) * cols;
        double dy = (middle.y - wrist.y) * rows;
        double length = Math.hypot(dx, dy);
        double boxSide = Math.max(palm.width() * cols, palm.height() * rows);
        double cx = palm.centreX() * cols + (length > 0 ? SHIFT * boxSide * dx / length : 0);
        double cy = palm.centreY() * rows + (length > 0 ? SHIFT * boxSide * dy / length : 0);
        double x0 = clamp(cx - side / 2, cols);
        double y0 = clamp(cy - side / 2, rows);
        double x1 = clamp(cx + side / 2, cols);
        double y1 = clamp(cy + side / 2, rows);
        if (x1 - x0 < 1 || y1 - y0 < 1) {
            // the palm lies (almost) outside the frame: the whole frame is the best box there is
            return new PalmBox(0, 0, 1, 1);
        }
        return new PalmBox(x0 / cols, y0 / rows, (x1 - x0) / cols, (y1 - y0) / rows);
    }

    /** The detector's palm box itself (finger bases to wrist), clipped to the frame. */
    public static PalmBox palm(PalmLocation palm, int cols, int rows) {
        double x0 = clamp((palm.centreX() - palm.width() / 2) * cols, cols);
        double y0 = clamp((palm.centreY() - palm.height() / 2) * rows, rows);
        double x1 = clamp((palm.centreX() + palm.width() / 2) * cols, cols);
        double y1 = clamp((palm.centreY() + palm.height() / 2) * rows, rows);
        if (x1 - x0 < 1 || y1 - y0 < 1) {
            return new PalmBox(0, 0, 1, 1);
        }
        return new PalmBox(x0 / cols, y0 / rows, (x1 - x0) / cols, (y1 - y0) / rows);
    }

    /**
     * Standard deviation of the Laplacian inside {@code box}, grey levels, with the frame scaled to
     * {@value #SHARPNESS_WIDTH} pixels wide: a hand moving during the exposure is smeared and measures lower.
     * Reads only the box's pixels (well under 1 ms); every matrix is released before it returns.
     */
    public static double sharpness(BufferedImage frame, PalmBox box) {
        int x = Math.min(frame.getWidth() - 1, (int) (box.x() * frame.getWidth()));
        int y = Math.min(frame.getHeight() - 1, (int) (box.y() * frame.getHeight()));
        int w = Math.max(1, Math.min(frame.getWidth() - x, (int) Math.round(box.width() * frame.getWidth())));
        int h = Math.max(1, Math.min(frame.getHeight() - y, (int) Math.round(box.height() * frame.getHeight())));
        int[] argb = frame.getRGB(x, y, w, h, null, 0, w);
        byte[] luma = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            luma[i] = (byte) ((77 * ((p >> 16) & 0xff) + 150 * ((p >> 8) & 0xff) + 29 * (p & 0xff)) >> 8);
        }
        try (MatScope scope = new MatScope()) {
            Mat grey = scope.add(new Mat(h, w, CvType.CV_8UC1));
            grey.put(0, 0, luma);
            Mat medium = grey;
            if (frame.getWidth() > SHARPNESS_WIDTH) {
                double scale = (double) SHARPNESS_WIDTH / frame.getWidth();
                medium = scope.mat();
                Imgproc.resize(grey, medium, new Size(Math.max(1, Math.round(w * scale)),
                        Math.max(1, Math.round(h * scale))), 0, 0, Imgproc.INTER_AREA);
            }
            Mat laplacian = scope.mat();
            Imgproc.Laplacian(medium, laplacian, CvType.CV_32F);
            MatOfDouble mean = scope.add(new MatOfDouble());
            MatOfDouble deviation = scope.add(new MatOfDouble());
            Core.meanStdDev(laplacian, mean, deviation);
            return deviation.get(0, 0)[0];
        }
    }

    private static double clamp(double v, int limit) {
        return Math.max(0, Math.min(limit, v));
    }
}
