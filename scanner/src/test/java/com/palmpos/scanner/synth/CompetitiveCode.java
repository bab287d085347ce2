package com.palmpos.scanner.synth;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * A minimal palmprint matcher for tests (Kong and Zhang's competitive code): the index of the Gabor orientation
 * with the strongest negative (dark line) response per pixel, on a 64x64 grid, compared by angular distance with
 * the best of small shifts. Deliberately simple: it only has to show that identities survive sample variation.
 */
final class CompetitiveCode {
    private static final int ORIENTATIONS = 6, SIZE = 128, STRIDE = 2, GRID = SIZE / STRIDE, SHIFT = 5;
    private static final Mat[] KERNELS = new Mat[ORIENTATIONS];

    static {
        nu.pattern.OpenCV.loadLocally();
        for (int i = 0; i < ORIENTATIONS; i++) {
            Mat k = Imgproc.getGaborKernel(new Size(17, 17), 3.0, Math.PI * i / ORIENTATIONS, 9.0, 0.6, 0,
                    CvType.CV_32F);
            Core.subtract(k, Core.mean(k), k);
            KERNELS[i] = k;
        }
    }

    private final byte[] code;

    private CompetitiveCode(byte[] code) {
        this.code = code;
    }

    static CompetitiveCode of(BufferedImage image) {
        Mat gray = new Mat();
        Imgproc.cvtColor(bgr(image), gray, Imgproc.COLOR_BGR2GRAY);
        if (gray.cols() != SIZE || gray.rows() != SIZE) {
            Imgproc.resize(gray, gray, new Size(SIZE, SIZE), 0, 0, Imgproc.INTER_AREA);
        }
        Mat f = new Mat();
        gray.convertTo(f, CvType.CV_32F);
        float[][] responses = new float[ORIENTATIONS][SIZE * SIZE];
        Mat r = new Mat();
        for (int i = 0; i < ORIENTATIONS; i++) {
            Imgproc.filter2D(f, r, CvType.CV_32F, KERNELS[i]);
            r.get(0, 0, responses[i]);
        }
        byte[] code = new byte[GRID * GRID];
        for (int gy = 0; gy < GRID; gy++) {
            for (int gx = 0; gx < GRID; gx++) {
                int p = (gy * STRIDE + STRIDE / 2) * SIZE + gx * STRIDE + STRIDE / 2;
                int best = 0;
                for (int i = 1; i < ORIENTATIONS; i++) {
                    if (responses[i][p] < responses[best][p]) {
                        best = i;
                    }
                }
                code[gy * GRID + gx] = (byte) best;
            }
        }
        return new CompetitiveCode(code);
    }

    /** Angular distance in [0, 1], minimised over shifts of up to 10 pixels. */
    double distance(CompetitiveCode other) {
        double best = 1;
        for (int dy = -SHIFT; dy <= SHIFT; dy++) {
            for (int dx = -SHIFT; dx <= SHIFT; dx++) {
                best = Math.min(best, distance(other, dx, dy));
            }
        }
        return best;
    }

    private double distance(CompetitiveCode other, int dx, int dy) {
        long sum = 0, count = 0;
        for (int y = Math.max(0, -dy); y < Math.min(GRID, GRID - dy); y++) {
            for (int x = Math.max(0, -dx); x < Math.min(GRID, GRID - dx); x++) {
                int d = Math.abs(code[y * GRID + x] - other.code[(y + dy) * GRID + x + dx]);
                sum += Math.min(d, ORIENTATIONS - d);
                count++;
            }
        }
        return sum / (count * (ORIENTATIONS / 2.0));
    }

    static Mat bgr(BufferedImage image) {
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Mat mat = new Mat(image.getHeight(), image.getWidth(), CvType.CV_8UC3);
        mat.put(0, 0, data);
        return mat;
    }
}
