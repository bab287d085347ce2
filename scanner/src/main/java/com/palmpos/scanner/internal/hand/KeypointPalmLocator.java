package com.palmpos.scanner.internal.hand;

import com.palmpos.scanner.DebugSink;
import com.palmpos.scanner.FailureReason;
import com.palmpos.scanner.HandDetection;
import com.palmpos.scanner.PalmLocation;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.internal.detect.PalmDetection;
import com.palmpos.scanner.internal.detect.PalmDetector;
import com.palmpos.scanner.internal.detect.PalmDetectorModel;
import com.palmpos.scanner.internal.detect.SsdAnchors;
import com.palmpos.scanner.internal.image.Images;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds the palm in a whole hand frame with the learned detector and places the ROI on its keypoints. Stages:
 * detect (palms with score and keypoints) -> choose one palm (no hand / a second hand) -> close-up second pass
 * (steadier keypoints) -> square from the
 * finger-base line and the wrist -> size and frame checks -> (optional) valley refinement -> resample.
 * Not thread-safe (the detector's network): one instance per thread.
 */
public final class KeypointPalmLocator {
    private final Parameters p;
    private final HandDetection d;
    private final DebugSink sink;
    private final PalmDetector detector;
    private final ValleyRefiner refiner;

    public KeypointPalmLocator(Parameters p, DebugSink sink) {
        this.p = p;
        this.d = p.detection();
        this.sink = sink;
        this.detector = new PalmDetector(model(d.model()).load());
        this.refiner = new ValleyRefiner(p);
    }

    private static PalmDetectorModel model(HandDetection.Model m) {
        return m == HandDetection.Model.FULL ? PalmDetectorModel.FULL : PalmDetectorModel.LITE;
    }

    /**
     * The palm's ROI in {@code bgr}, or why there is none.
     *
     * @param forEnrollment an enrollment capture: the mirrored second detection runs if
     *     {@link HandDetection#mirrors(boolean)} says so for it
     */
    public PalmRegion locate(Mat bgr, boolean forEnrollment) {
        List<PalmDetection> palms = detector.detect(bgr, d.minScore(), d.nmsIou());
        sink.stage("detection", () -> drawDetections(bgr, palms));
        if (palms.isEmpty()) {
            return PalmRegion.failed(FailureReason.NO_HAND);
        }
        PalmLocation where = location(palms.get(0), bgr.cols(), bgr.rows());
        if (secondHand(palms)) {
            return PalmRegion.failed(FailureReason.TWO_HANDS, where);
        }
        PalmDetection first = d.closeUpCrop() > 0 ? closeUp(bgr, palms.get(0)) : palms.get(0);
        PalmDetection palm = d.mirrors(forEnrollment) ? mirrorAveraged(bgr, first) : first;
        PalmSquare square = squareFromKeypoints(palm, d);
        if (square.side() < d.minRoiPixels()) {
            return PalmRegion.failed(FailureReason.TOO_FAR, where);
        }
        if (square.outsideFraction(bgr.cols(), bgr.rows()) > d.maxOutside()) {
            return PalmRegion.failed(FailureReason.TOO_CLOSE, where);
        }
        if (FingerCheck.fingerCover(bgr, palm, square) < d.minFingerCover()) {
            return PalmRegion.failed(FailureReason.HAND_NOT_OPEN, where);
        }
        if (d.refineWithValleys()) {
            square = refiner.refine(bgr, palm, square, sink);
        }
        PalmSquare chosen = square;
        sink.stage("palm-square", () -> drawSquare(bgr, palm, chosen));
        Mat roi = square.warpGrey(bgr, p.roiSize());
        double sizeScore = Math.min(1, square.side() / (2 * d.minRoiPixels()));
        PalmRegion region = PalmRegion.of(roi, palm.score(), sizeScore, palm.keypoint(PalmDetection.INDEX_MCP),
                palm.keypoint(PalmDetection.LITTLE_MCP)).at(where);
        if (forEnrollment || d.probeTurn() == 0) {
            return region;
        }
        // the probe's rotation search: the enrolled template is coded as placed, a probe also turned both ways
        return region.withTurned(List.of(square.turned(-d.probeTurn()).warpGrey(bgr, p.roiSize()),
                square.turned(d.probeTurn()).warpGrey(bgr, p.roiSize())));
    }

    /** The detection in fractions of the frame, for guidance and the preview. */
    static PalmLocation location(PalmDetection palm, int cols, int rows) {
        List<Point2D.Double> keypoints = new ArrayList<>();
        for (Point k : palm.keypoints()) {
            keypoints.add(new Point2D.Double(k.x / cols, k.y / rows));
        }
        return new PalmLocation(palm.centreX() / cols, palm.centreY() / rows, palm.width() / cols,
                palm.height() / rows, palm.score(), keypoints);
    }

    /**
     * The detector run again on a close-up around the palm: its keypoints at about four times the resolution.
     * Falls back to the whole-frame detection if the close-up finds no palm.
     */
    private PalmDetection closeUp(Mat bgr, PalmDetection palm) {
        double side = d.closeUpCrop() * Math.max(palm.width(), palm.height());
        int size = SsdAnchors.INPUT_SIZE;
        double k = side / size;
        double x0 = palm.centreX() - side / 2;
        double y0 = palm.centreY() - side / 2;
        Mat m = new Mat(2, 3, CvType.CV_64F);
        Mat crop = new Mat();
        List<PalmDetection> found;
        try {
            m.put(0, 0, k, 0, x0, 0, k, y0);
            Imgproc.warpAffine(bgr, crop, m, new Size(size, size), Imgproc.INTER_AREA | Imgproc.WARP_INVERSE_MAP,
                    Core.BORDER_CONSTANT, new Scalar(0, 0, 0));
            found = detector.detect(crop, d.minScore(), d.nmsIou());
        } finally {
            m.release();
            crop.release();
        }
        if (found.isEmpty()) {
            return palm;
        }
        PalmDetection near = found.get(0);
        Point[] keypoints = near.keypoints();
        for (int i = 0; i < keypoints.length; i++) {
            keypoints[i] = new Point(x0 + keypoints[i].x * k, y0 + keypoints[i].y * k);
        }
        return new PalmDetection(palm.score(), x0 + near.centreX() * k, y0 + near.centreY() * k, near.width() * k,
                near.height() * k, keypoints);
    }

    /** The mean of {@code palm} and its detection in the mirrored frame (or {@code palm} if that finds none). */
    private PalmDetection mirrorAveraged(Mat bgr, PalmDetection palm) {
        Mat flipped = new Mat();
        List<PalmDetection> found;
        try {
            Core.flip(bgr, flipped, 1);
            found = detector.detect(flipped, d.minScore(), d.nmsIou());
        } finally {
            flipped.release();
        }
        double w = bgr.cols();
        for (PalmDetection m : found) {
            Point[] mk = m.keypoints();
            PalmDetection back = new PalmDetection(m.score(), w - m.centreX(), m.centreY(), m.width(), m.height(),
                    new Point[] {mirror(mk[0], w), mirror(mk[1], w), mirror(mk[2], w), mirror(mk[3], w),
                            mirror(mk[4], w), mirror(mk[5], w), mirror(mk[6], w)});
            if (back.iou(palm) > d.nmsIou()) {
                Point[] k = new Point[PalmDetection.KEYPOINTS];
                for (int i = 0; i < k.length; i++) {
                    k[i] = new Point((palm.keypoint(i).x + back.keypoint(i).x) / 2,
                            (palm.keypoint(i).y + back.keypoint(i).y) / 2);
                }
                return new PalmDetection(palm.score(), (palm.centreX() + back.centreX()) / 2,
                        (palm.centreY() + back.centreY()) / 2, (palm.width() + back.width()) / 2,
                        (palm.height() + back.height()) / 2, k);
            }
        }
        return palm;
    }

    private static Point mirror(Point p, double width) {
        return new Point(width - p.x, p.y);
    }

    /** A second palm at least {@link HandDetection#secondHandRatio()} the size of the best one. */
    private boolean secondHand(List<PalmDetection> palms) {
        if (palms.size() < 2) {
            return false;
        }
        double first = Math.max(palms.get(0).width(), palms.get(0).height());
        for (PalmDetection other : palms.subList(1, palms.size())) {
            if (Math.max(other.width(), other.height()) >= d.secondHandRatio() * first) {
                return true;
            }
        }
        return false;
    }

    /**
     * The palm square from the detection: its y axis (towards the wrist) is the weighted mean of the finger-base
     * line's normal and the finger-base-to-wrist direction, its side and offset are multiples of the palm box's side
     * (averaged by NMS over many anchors, steadier than any two keypoints), and its near edge lies that offset from
     * the finger-base line.
     */
    static PalmSquare squareFromKeypoints(PalmDetection palm, HandDetection d) {
        Point index = palm.keypoint(PalmDetection.INDEX_MCP);
        Point little = palm.keypoint(PalmDetection.LITTLE_MCP);
        Point wrist = palm.keypoint(PalmDetection.WRIST);
        double bx = 0;
        double by = 0;
        for (int k = PalmDetection.INDEX_MCP; k <= PalmDetection.LITTLE_MCP; k++) {
            bx += palm.keypoint(k).x / 4;
            by += palm.keypoint(k).y / 4;
        }
        double wx = wrist.x - bx;
        double wy = wrist.y - by;
        double wl = Math.hypot(wx, wy);
        double lx = little.x - index.x;
        double ly = little.y - index.y;
        double ll = Math.hypot(lx, ly);
        // normal of the finger-base line, turned to the wrist's side
        double nx = -ly / ll;
        double ny = lx / ll;
        if (nx * wx + ny * wy < 0) {
            nx = -nx;
            ny = -ny;
        }
        double mx = (1 - d.wristWeight()) * nx + d.wristWeight() * wx / wl;
        double my = (1 - d.wristWeight()) * ny + d.wristWeight() * wy / wl;
        double ml = Math.hypot(mx, my);
        mx /= ml;
        my /= ml;
        double ux = my; // n = (-uy, ux)
        double uy = -mx;
        double box = Math.sqrt(palm.width() * palm.height());
        double side = d.roiScale() * box;
        double toCentre = d.roiOffset() * box + side / 2;
        double midX = (index.x + little.x) / 2;
        double midY = (index.y + little.y) / 2;
        // the finger-base line passes through the keypoints' mean along n; centre the square across the palm
        double along = (bx - midX) * mx + (by - midY) * my;
        Point centre = new Point(midX + mx * (along + toCentre), midY + my * (along + toCentre));
        return new PalmSquare(centre, ux, uy, side);
    }

    private static java.awt.image.BufferedImage drawDetections(Mat bgr, List<PalmDetection> palms) {
        Mat canvas = bgr.clone();
        try {
            for (PalmDetection palm : palms) {
                Imgproc.rectangle(canvas, new Point(palm.centreX() - palm.width() / 2, palm.centreY() - palm.height() / 2),
                        new Point(palm.centreX() + palm.width() / 2, palm.centreY() + palm.height() / 2),
                        new Scalar(0, 255, 0), 2);
                for (int k = 0; k < PalmDetection.KEYPOINTS; k++) {
                    Imgproc.circle(canvas, palm.keypoint(k), 4, new Scalar(255, 0, 255), -1);
                }
                Imgproc.putText(canvas, String.format("%.2f", palm.score()),
                        new Point(palm.centreX() - palm.width() / 2, palm.centreY() - palm.height() / 2 - 4),
                        Imgproc.FONT_HERSHEY_SIMPLEX, 0.6, new Scalar(0, 255, 0), 2);
            }
            return Images.toBufferedImage(canvas);
        } finally {
            canvas.release();
        }
    }

    private static java.awt.image.BufferedImage drawSquare(Mat bgr, PalmDetection palm, PalmSquare square) {
        Mat canvas = bgr.clone();
        try {
            for (int i = 0; i < 4; i++) {
                Imgproc.line(canvas, square.corner(i), square.corner((i + 1) % 4), new Scalar(0, 0, 255), 2);
            }
            for (int k = 0; k < PalmDetection.KEYPOINTS; k++) {
                Imgproc.circle(canvas, palm.keypoint(k), 4, new Scalar(255, 0, 255), -1);
            }
            return Images.toBufferedImage(canvas);
        } finally {
            canvas.release();
        }
    }
}
