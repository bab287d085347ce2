package com.palmpos.scanner.internal.hand;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.scanner.DebugSink;
import com.palmpos.scanner.FailureReason;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.internal.detect.PalmDetection;
import com.palmpos.scanner.internal.detect.PalmDetector;
import com.palmpos.scanner.internal.detect.PalmDetectorModel;
import com.palmpos.scanner.internal.image.Images;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.HandPose;
import com.palmpos.scanner.synth.ImagePoint;
import com.palmpos.scanner.synth.SyntheticHand;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class KeypointPalmLocatorTest {
    private static final SyntheticPalms PALMS = new SyntheticPalms(5);
    private static final Parameters P = Parameters.defaults();
    private static KeypointPalmLocator locator;
    private static PalmDetector detector;

    @BeforeAll
    static void load() {
        OpenCvRuntime.ensureLoaded();
        locator = new KeypointPalmLocator(P, DebugSink.NONE);
        detector = new PalmDetector(PalmDetectorModel.LITE.load());
    }

    @Test
    void palmSquareLiesOnTheDrawnPalmOfTurnedHandsOnVariedBackgrounds() {
        int close = 0;
        int hands = 10;
        for (int i = 0; i < hands; i++) {
            SyntheticHand hand = PALMS.renderHand(i, i, HandPose.open(0.5, 0.6, 0.21, i * 5 - 20), Background.cycle(i));
            List<PalmDetection> palms = detect(hand.image());
            if (palms.isEmpty()) {
                continue;
            }
            PalmSquare square = KeypointPalmLocator.squareFromKeypoints(palms.get(0), P.detection());
            List<ImagePoint> c = hand.roiCorners();
            double truthX = (c.get(0).x() + c.get(2).x()) / 2;
            double truthY = (c.get(0).y() + c.get(2).y()) / 2;
            double truthSide = Math.hypot(c.get(1).x() - c.get(0).x(), c.get(1).y() - c.get(0).y());
            // the ground truth's x axis runs from the little-finger corner to the index corner
            double truthAngle = Math.atan2(c.get(1).y() - c.get(0).y(), c.get(1).x() - c.get(0).x());
            double angle = Math.atan2(square.uy(), square.ux());
            double turn = Math.toDegrees(Math.abs(Math.atan2(Math.sin(angle - truthAngle), Math.cos(angle - truthAngle))));
            double offset = Math.hypot(square.centre().x - truthX, square.centre().y - truthY) / truthSide;
            double scale = square.side() / truthSide;
            close += offset < 0.3 && (turn < 12 || turn > 168) && scale > 0.6 && scale < 1.4 ? 1 : 0;
        }
        assertThat(close).isGreaterThanOrEqualTo(hands - 1);
    }

    @Test
    void emptyScenesHaveNoHandRatherThanATooCloseHand() {
        for (int i = 0; i < 8; i++) {
            BufferedImage scene = PALMS.background(i, 640, 480);
            assertThat(locator.locate(Images.toBgr(scene), false).failure()).as("scene %d", i).isEqualTo(FailureReason.NO_HAND);
        }
    }

    @Test
    void twoHandsOfOneSizeAreRefusedNotMixed() {
        BufferedImage left = PALMS.hand(1, HandPose.open(0.27, 0.6, 0.2, -5), Background.cycle(2));
        BufferedImage right = PALMS.hand(2, HandPose.open(0.73, 0.6, 0.2, 5), Background.cycle(2));
        BufferedImage both = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        both.getGraphics().drawImage(left.getSubimage(0, 0, 320, 480), 0, 0, null);
        both.getGraphics().drawImage(right.getSubimage(320, 0, 320, 480), 320, 0, null);
        assertThat(detect(both)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(locator.locate(Images.toBgr(both), false).failure()).isEqualTo(FailureReason.TWO_HANDS);
    }

    @Test
    void openHandGivesARoiOfTheConfiguredSize() {
        PalmRegion region = locator.locate(Images.toBgr(PALMS.hand(4, 0)), false);
        assertThat(region.failure()).isNull();
        assertThat(region.roi().rows()).isEqualTo(P.roiSize());
        assertThat(region.roi().cols()).isEqualTo(P.roiSize());
        region.roi().release();
    }

    @Test
    void distantHandIsTooFar() {
        BufferedImage far = PALMS.hand(3, HandPose.open(0.5, 0.6, 0.08, 0), Background.cycle(1));
        assertThat(locator.locate(Images.toBgr(far), false).failure()).isEqualTo(FailureReason.TOO_FAR);
    }

    @Test
    void palmReachingOutOfTheFrameIsTooClose() {
        BufferedImage close = PALMS.hand(3, HandPose.open(0.5, 0.85, 0.4, 0), Background.cycle(1));
        assertThat(locator.locate(Images.toBgr(close), false).failure()).isEqualTo(FailureReason.TOO_CLOSE);
    }

    @Test
    void palmWhoseFingersAreGoneIsNotOpen() {
        BufferedImage image = PALMS.hand(4, HandPose.open(0.5, 0.62, 0.2, 0), Background.cycle(0));
        PalmDetection palm = detect(image).get(0);
        PalmSquare square = KeypointPalmLocator.squareFromKeypoints(palm, P.detection());
        Mat open = Images.toBgr(image);
        assertThat(FingerCheck.fingerCover(open, palm, square)).isGreaterThan(P.detection().minFingerCover());
        // a fist: nothing of the hand's colour beyond the finger bases
        int top = (int) Math.max(palm.keypoint(PalmDetection.INDEX_MCP).y, palm.keypoint(PalmDetection.LITTLE_MCP).y);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(90, 110, 140));
        g.fillRect(0, 0, image.getWidth(), top - 4);
        g.dispose();
        Mat fist = Images.toBgr(image);
        assertThat(FingerCheck.fingerCover(fist, palm, square)).isLessThan(P.detection().minFingerCover());
        open.release();
        fist.release();
    }

    private static List<PalmDetection> detect(BufferedImage image) {
        Mat bgr = Images.toBgr(image);
        try {
            return detector.detect(bgr, P.detection().minScore(), P.detection().nmsIou());
        } finally {
            bgr.release();
        }
    }
}
