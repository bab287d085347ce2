package com.palmpos.scanner.internal.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;

class MatScopeTest {

    @BeforeAll
    static void loadOpenCv() {
        OpenCvRuntime.ensureLoaded();
    }

    @Test
    void releasesThePixelsOfEveryRegisteredMatrixOnClose() {
        Mat made;
        Mat added = new Mat(480, 640, CvType.CV_8UC3);
        MatOfPoint contour = new MatOfPoint(new Point(1, 2), new Point(3, 4));
        try (MatScope scope = new MatScope()) {
            made = scope.mat();
            new Mat(10, 10, CvType.CV_8U).copyTo(made);
            scope.add(added);
            scope.addAll(List.of(contour));
            assertThat(made.dataAddr()).isNotZero();
        }
        assertThat(List.of(made, added, contour)).allSatisfy(m -> {
            assertThat(m.dataAddr()).isZero();
            assertThat(m.empty()).isTrue();
        });
    }

    @Test
    void aKeptMatrixOutlivesTheScope() {
        Mat kept;
        try (MatScope scope = new MatScope()) {
            kept = scope.keep(scope.add(new Mat(4, 4, CvType.CV_8U)));
        }
        assertThat(kept.empty()).isFalse();
        kept.release();
    }

    @Test
    void aMatrixRegisteredTwiceOrNullIsHarmless() {
        Mat twice = new Mat(4, 4, CvType.CV_8U);
        try (MatScope scope = new MatScope()) {
            scope.add(twice);
            scope.add(twice);
            assertThat(scope.add((Mat) null)).isNull();
        }
        assertThat(twice.empty()).isTrue();
    }
}
