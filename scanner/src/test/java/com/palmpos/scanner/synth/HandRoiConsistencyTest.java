package com.palmpos.scanner.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

class HandRoiConsistencyTest {
    private static final int SUBJECTS = 6, SIDE = 128;
    private final SyntheticPalms palms = new SyntheticPalms(2024);

    static {
        nu.pattern.OpenCV.loadLocally();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void roiCutFromAHandFrameMatchesTheSameSubjectsRoiCrops(boolean leftHand) {
        CompetitiveCode[] fromHands = new CompetitiveCode[SUBJECTS], crops = new CompetitiveCode[SUBJECTS];
        for (int s = 0; s < SUBJECTS; s++) {
            // Cutting the corner quadrilateral onto the unit square also un-mirrors a left hand.
            SyntheticHand hand = palms.renderHand(s, 0, HandPose.open().withPalmWidth(0.25)
                    .withRotation(8 * s - 20).withLeftHand(leftHand), Background.cycle(s));
            fromHands[s] = CompetitiveCode.of(cut(hand));
            crops[s] = CompetitiveCode.of(palms.roi(s, 1));
        }
        double genuine = 0, impostor = 0;
        for (int s = 0; s < SUBJECTS; s++) {
            for (int t = 0; t < SUBJECTS; t++) {
                double d = fromHands[s].distance(crops[t]);
                if (s == t) {
                    genuine += d / SUBJECTS;
                } else {
                    impostor += d / (SUBJECTS * (SUBJECTS - 1));
                }
            }
        }
        // Measured: genuine 0.30, impostor 0.47.
        assertThat(genuine).isLessThan(impostor - 0.08);
    }

    @Test
    void roiCornersFormTheDocumentedSquareBelowTheValleys() {
        SyntheticHand hand = palms.renderHand(0, 0, HandPose.open(), Background.cycle(0));
        ImagePoint a = hand.roiCorners().get(0), b = hand.roiCorners().get(1), c = hand.roiCorners().get(2);
        double top = Math.hypot(b.x() - a.x(), b.y() - a.y()), right = Math.hypot(c.x() - b.x(), c.y() - b.y());
        assertThat(top).isCloseTo(right, within(0.01));
        double valleyLine = (hand.valleys().get(0).y() + hand.valleys().get(2).y()) / 2;
        assertThat(a.y()).isGreaterThan(valleyLine);
        assertThat(a.x()).isLessThan(b.x());
    }

    /** The ROI square of a hand frame warped to 128x128, as a valley-based ROI extractor would. */
    private static BufferedImage cut(SyntheticHand hand) {
        Point[] corners = hand.roiCorners().stream().map(p -> new Point(p.x() - 0.5, p.y() - 0.5))
                .toArray(Point[]::new);
        Mat transform = Imgproc.getPerspectiveTransform(new MatOfPoint2f(corners), new MatOfPoint2f(
                new Point(0, 0), new Point(SIDE - 1, 0), new Point(SIDE - 1, SIDE - 1), new Point(0, SIDE - 1)));
        Mat roi = new Mat();
        Imgproc.warpPerspective(CompetitiveCode.bgr(hand.image()), roi, transform, new Size(SIDE, SIDE));
        BufferedImage out = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_3BYTE_BGR);
        roi.get(0, 0, ((DataBufferByte) out.getRaster().getDataBuffer()).getData());
        return out;
    }
}
