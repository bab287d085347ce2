package com.palmpos.scanner.internal.detect;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;

/**
 * Finds palms in a camera frame with MediaPipe's palm detector run by OpenCV's DNN module: letterbox the frame to a
 * 192x192 RGB square scaled to 0..1 -> network -> decode 2016 anchors -> weighted NMS -> back to frame pixels.
 * Not thread-safe (an OpenCV {@link Net} keeps per-call state): one instance per thread. Expensive: the network
 * dominates the cost of a hand frame (README, "Benchmarks").
 */
public final class PalmDetector {
    private final Net net;
    private final List<String> outputs;
    private final DetectionDecoder decoder = new DetectionDecoder(SsdAnchors.palmDetector());

    /** A detector on the given model bytes (already checked, see {@link PalmDetectorModel#load()}). */
    public PalmDetector(byte[] model) {
        MatOfByte buffer = new MatOfByte(model);
        try {
            this.net = Dnn.readNetFromTFLite(buffer);
        } finally {
            buffer.release();
        }
        this.outputs = net.getUnconnectedOutLayersNames();
        if (outputs.size() != 2) {
            throw new IllegalStateException("palm detector model has " + outputs.size()
                    + " outputs, expected 2 (regressors and scores)");
        }
    }

    /**
     * Palms in {@code bgr} scoring at least {@code minScore}, best first, after NMS at {@code nmsIou}.
     *
     * @param bgr an 8-bit BGR frame of any size
     */
    public List<PalmDetection> detect(Mat bgr, double minScore, double nmsIou) {
        int side = Math.max(bgr.cols(), bgr.rows());
        double scale = (double) SsdAnchors.INPUT_SIZE / side;
        int w = Math.max(1, (int) Math.round(bgr.cols() * scale));
        int h = Math.max(1, (int) Math.round(bgr.rows() * scale));
        int padX = (SsdAnchors.INPUT_SIZE - w) / 2;
        int padY = (SsdAnchors.INPUT_SIZE - h) / 2;
        float[] logits;
        float[] regressors;
        Mat resized = new Mat();
        Mat square = new Mat();
        Mat blob = null;
        List<Mat> results = new ArrayList<>();
        try {
            Imgproc.resize(bgr, resized, new Size(w, h), 0, 0, Imgproc.INTER_AREA);
            Core.copyMakeBorder(resized, square, padY, SsdAnchors.INPUT_SIZE - h - padY, padX,
                    SsdAnchors.INPUT_SIZE - w - padX, Core.BORDER_CONSTANT, new Scalar(0, 0, 0));
            blob = Dnn.blobFromImage(square, 1 / 255.0, new Size(SsdAnchors.INPUT_SIZE, SsdAnchors.INPUT_SIZE),
                    new Scalar(0, 0, 0), true, false, CvType.CV_32F);
            synchronized (net) {
                net.setInput(blob);
                net.forward(results, outputs);
            }
            Mat a = results.get(0);
            Mat b = results.get(1);
            Mat scores = a.total() < b.total() ? a : b;
            Mat boxes = scores == a ? b : a;
            logits = floats(scores);
            regressors = floats(boxes);
        } finally {
            resized.release();
            square.release();
            if (blob != null) {
                blob.release();
            }
            results.forEach(Mat::release);
        }
        List<PalmDetection> inInput = WeightedNms.apply(decoder.decode(logits, regressors, minScore), nmsIou);
        List<PalmDetection> inFrame = new ArrayList<>(inInput.size());
        double px = padX / (double) SsdAnchors.INPUT_SIZE;
        double py = padY / (double) SsdAnchors.INPUT_SIZE;
        double k = SsdAnchors.INPUT_SIZE / scale; // 0..1 input -> frame pixels
        for (PalmDetection d : inInput) {
            Point[] keypoints = d.keypoints();
            for (int i = 0; i < keypoints.length; i++) {
                keypoints[i] = new Point((keypoints[i].x - px) * k, (keypoints[i].y - py) * k);
            }
            inFrame.add(new PalmDetection(d.score(), (d.centreX() - px) * k, (d.centreY() - py) * k,
                    d.width() * k, d.height() * k, keypoints));
        }
        return inFrame;
    }

    private static float[] floats(Mat m) {
        float[] values = new float[(int) m.total()];
        m.get(new int[m.dims()], values);
        return values;
    }
}
