package com.palmpos.scanner.internal.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.scanner.FeatureCode;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.internal.image.Images;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import com.palmpos.scanner.internal.match.CodeLayout;
import com.palmpos.scanner.internal.match.ShiftHamming;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

class FeatureCodersTest {
    @BeforeAll
    static void loadOpenCv() {
        OpenCvRuntime.ensureLoaded();
    }

    @ParameterizedTest
    @EnumSource(FeatureCode.class)
    void writesThePlanesItsCodePromises(FeatureCode code) {
        Parameters p = parameters(code);
        FeatureCoder coder = FeatureCoders.create(p);
        BitCode bits = coder.code(lines(0));
        assertThat(coder.planes()).isEqualTo(code.planes(p.orientations()));
        assertThat(bits.fine()).hasSize(CodeLayout.words(32, coder.planes()));
        assertThat(bits.coarse()).hasSize(CodeLayout.words(16, coder.planes()));
    }

    @ParameterizedTest
    @EnumSource(FeatureCode.class)
    void linesOfOtherDirectionGiveAnotherCode(FeatureCode code) {
        FeatureCoder coder = FeatureCoders.create(parameters(code));
        int[] horizontal = rows(coder, coder.code(lines(0)));
        int[] horizontalAgain = rows(coder, coder.code(lines(0)));
        int[] vertical = rows(coder, coder.code(lines(90)));
        ShiftHamming hamming = hamming(coder);
        assertThat(hamming.distanceAt(horizontal, horizontalAgain, 0, 0)).isZero();
        assertThat(hamming.distanceAt(horizontal, vertical, 0, 0)).isGreaterThan(0.3);
    }

    @ParameterizedTest
    @EnumSource(FeatureCode.class)
    void uniformBrightnessChangeKeepsTheCode(FeatureCode code) {
        FeatureCoder coder = FeatureCoders.create(parameters(code));
        Mat dim = lines(30);
        Mat bright = new Mat();
        dim.convertTo(bright, -1, 1.0, 60);
        assertThat(hamming(coder).distanceAt(rows(coder, coder.code(dim)), rows(coder, coder.code(bright)), 0, 0))
                .isLessThan(0.05);
    }

    @ParameterizedTest
    @EnumSource(FeatureCode.class)
    void samplesOfOneSyntheticPalmAreCloserThanOtherPalms(FeatureCode code) {
        FeatureCoder coder = FeatureCoders.create(parameters(code));
        ShiftHamming hamming = hamming(coder);
        SyntheticPalms palms = new SyntheticPalms(77);
        int subjects = 5;
        List<int[][]> codes = new ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            codes.add(new int[][] {rows(coder, coder.code(grey(palms, s, 0))), rows(coder, coder.code(grey(palms, s, 1)))});
        }
        double worstGenuine = 0;
        double bestImpostor = 1;
        for (int s = 0; s < subjects; s++) {
            worstGenuine = Math.max(worstGenuine, hamming.distance(codes.get(s)[0], codes.get(s)[1]));
            for (int t = s + 1; t < subjects; t++) {
                bestImpostor = Math.min(bestImpostor, hamming.distance(codes.get(s)[0], codes.get(t)[1]));
            }
        }
        assertThat(worstGenuine).isLessThan(bestImpostor);
    }

    private static Parameters parameters(FeatureCode code) {
        Parameters d = Parameters.defaults();
        // the fused BOCV + ordinal code fits the template only with 4 orientations (4 + 2 planes)
        Parameters sized = code.planes(d.orientations()) > 6 ? d.withOrientations(4) : d;
        return sized.withFeatures(code, d.impostorMeanDistance(), d.impostorDegreesOfFreedom());
    }

    private static ShiftHamming hamming(FeatureCoder coder) {
        return new ShiftHamming(32, coder.planes(), 3, 32 * 32 * coder.planes());
    }

    private static int[] rows(FeatureCoder coder, BitCode code) {
        int[] rows = new int[32 * coder.planes()];
        CodeLayout.unpack(code.fine(), 0, 32, rows.length, rows);
        return rows;
    }

    private static Mat grey(SyntheticPalms palms, int subject, int sample) {
        Mat bgr = Images.toBgr(palms.roi(subject, sample));
        Mat grey = new Mat();
        Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
        return grey;
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
