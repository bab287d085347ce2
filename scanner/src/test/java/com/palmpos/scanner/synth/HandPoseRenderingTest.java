package com.palmpos.scanner.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

class HandPoseRenderingTest {
    private final SyntheticPalms palms = new SyntheticPalms(11);
    private final Background wall = Background.of(Background.Kind.PLAIN_WALL, 3);

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void openHandShowsFourFingerGapsToAValleyDetector(int subject) {
        SyntheticHand hand = palms.renderHand(subject, 0, HandPose.open(), Background.cycle(subject));
        SkinBlobs blobs = SkinBlobs.of(hand.image());
        assertThat(hand.valleys()).hasSize(3);
        // three finger gaps plus the thumb gap
        assertThat(blobs.deepDefects(0.12)).isGreaterThanOrEqualTo(4);
        assertThat(blobs.largestFraction()).isCloseTo(hand.handAreaFraction(), within(0.03));
    }

    @Test
    void leftHandIsTheMirrorImageWithTheSameFingerGaps() {
        SyntheticHand right = palms.renderHand(1, 0, HandPose.open(), wall);
        SyntheticHand left = palms.renderHand(1, 0, HandPose.open().withLeftHand(true), wall);
        assertThat(left.valleys()).hasSize(3);
        assertThat(SkinBlobs.of(left.image()).deepDefects(0.12)).isGreaterThanOrEqualTo(4);
        // little-finger side of the ROI is on the right for a left hand
        assertThat(left.roiCorners().get(0).x()).isGreaterThan(left.roiCorners().get(1).x());
        assertThat(left.handAreaFraction()).isCloseTo(right.handAreaFraction(), within(0.002));
    }

    @Test
    void tooFarHandCoversOnlyAFewPercentOfTheFrame() {
        SyntheticHand hand = palms.renderHand(0, 0, HandPose.tooFar(), wall);
        assertThat(hand.handAreaFraction()).isLessThan(0.05);
        assertThat(SkinBlobs.of(hand.image()).largestFraction()).isLessThan(0.05);
    }

    @Test
    void tooCloseHandFillsMostOfTheFrame() {
        SyntheticHand hand = palms.renderHand(0, 0, HandPose.tooClose(), wall);
        assertThat(hand.handAreaFraction()).isGreaterThan(0.6);
        assertThat(hand.roiCorners()).anySatisfy(c -> assertThat(c.y()).isLessThan(0));
    }

    @Test
    void fingersTogetherLeaveNoValleys() {
        SyntheticHand hand = palms.renderHand(2, 0, HandPose.fingersTogether(), wall);
        assertThat(hand.valleys()).isEmpty();
        assertThat(SkinBlobs.of(hand.image()).deepDefects(0.12)).isLessThanOrEqualTo(1);
    }

    @Test
    void closedFistHasNoFingerGaps() {
        SyntheticHand hand = palms.renderHand(2, 0, HandPose.closed(), wall);
        assertThat(hand.valleys()).isEmpty();
        assertThat(SkinBlobs.of(hand.image()).deepDefects(0.12)).isZero();
    }

    @Test
    void motionBlurSoftensTheFrame() {
        BufferedImage sharp = palms.hand(0, HandPose.open(), wall);
        BufferedImage blurred = palms.hand(0, HandPose.blurred(30), wall);
        assertThat(edgeEnergy(blurred)).isLessThan(edgeEnergy(sharp) * 0.7);
    }

    @ParameterizedTest
    @EnumSource(value = Background.Kind.class, names = {"PLAIN_WALL", "WOOD", "GRADIENT", "CLUTTER"})
    void emptySkinFreeBackgroundsContainNoSkinBlob(Background.Kind kind) {
        for (int variant = 0; variant < 3; variant++) {
            BufferedImage empty = palms.background(Background.of(kind, variant));
            assertThat(SkinBlobs.of(empty).largestFraction()).as("%s variant %d", kind, variant)
                    .isLessThan(0.002);
        }
    }

    /** Mean horizontal gradient after smoothing away sensor noise: drops when the frame is motion-blurred. */
    private static double edgeEnergy(BufferedImage image) {
        Mat gray = new Mat();
        Imgproc.cvtColor(CompetitiveCode.bgr(image), gray, Imgproc.COLOR_BGR2GRAY);
        Imgproc.GaussianBlur(gray, gray, new Size(7, 7), 2);
        Mat dx = new Mat();
        Imgproc.Sobel(gray, dx, CvType.CV_32F, 1, 0);
        Core.absdiff(dx, Scalar.all(0), dx);
        return Core.mean(dx).val[0];
    }
}
