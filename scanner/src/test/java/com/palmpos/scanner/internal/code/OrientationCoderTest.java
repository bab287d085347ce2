package com.palmpos.scanner.internal.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import com.palmpos.scanner.internal.match.CodeLayout;
import com.palmpos.scanner.internal.match.ShiftHamming;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

class OrientationCoderTest {
    private static final int ROWS = 32 * 6;

    @BeforeAll
    static void loadOpenCv() {
        OpenCvRuntime.ensureLoaded();
    }

    @Test
    void linesOfOtherDirectionGiveAnotherCode() {
        OrientationCoder coder = new OrientationCoder(Parameters.defaults());
        int[] horizontal = rows(coder.code(lines(0)));
        int[] horizontalAgain = rows(coder.code(lines(0)));
        int[] vertical = rows(coder.code(lines(90)));
        ShiftHamming hamming = new ShiftHamming(32, 6, 3, 32 * 32 * 6);
        assertThat(hamming.distanceAt(horizontal, horizontalAgain, 0, 0)).isZero();
        assertThat(hamming.distanceAt(horizontal, vertical, 0, 0)).isGreaterThan(0.3);
    }

    @Test
    void uniformBrightnessChangeKeepsTheCode() {
        OrientationCoder coder = new OrientationCoder(Parameters.defaults());
        Mat dim = lines(30);
        Mat bright = new Mat();
        dim.convertTo(bright, -1, 1.0, 60);
        ShiftHamming hamming = new ShiftHamming(32, 6, 3, 32 * 32 * 6);
        assertThat(hamming.distanceAt(rows(coder.code(dim)), rows(coder.code(bright)), 0, 0)).isLessThan(0.05);
    }

    private static int[] rows(OrientationCoder.Code code) {
        int[] rows = new int[ROWS];
        CodeLayout.unpack(code.fine(), 0, 32, ROWS, rows);
        return rows;
    }

    /** Dark lines 12 px apart at the given angle on a mid-grey 128 px square, like palm creases. */
    private static Mat lines(double degrees) {
        Mat image = new Mat(128, 128, CvType.CV_8UC1, new Scalar(150));
        double a = Math.toRadians(degrees);
        double dx = Math.cos(a);
        double dy = Math.sin(a);
        for (int k = -12; k <= 12; k++) {
            double cx = 64 - dy * k * 12;
            double cy = 64 + dx * k * 12;
            Imgproc.line(image, new Point(cx - dx * 200, cy - dy * 200), new Point(cx + dx * 200, cy + dy * 200),
                    new Scalar(90), 3);
        }
        return image;
    }
}
