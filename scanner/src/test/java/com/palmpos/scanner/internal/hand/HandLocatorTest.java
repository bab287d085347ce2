package com.palmpos.scanner.internal.hand;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.scanner.DebugSink;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.internal.image.Images;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.HandPose;
import com.palmpos.scanner.synth.ImagePoint;
import com.palmpos.scanner.synth.SyntheticHand;
import com.palmpos.scanner.synth.SyntheticPalms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.Point;

class HandLocatorTest {
    private static final SyntheticPalms PALMS = new SyntheticPalms(5);

    @BeforeAll
    static void loadOpenCv() {
        OpenCvRuntime.ensureLoaded();
    }

    @Test
    void findsTheOuterFingerValleysOfRotatedHandsOnVariedBackgrounds() {
        HandLocator locator = new HandLocator(Parameters.defaults(), DebugSink.NONE);
        int close = 0;
        int hands = 10;
        for (int i = 0; i < hands; i++) {
            SyntheticHand hand = PALMS.renderHand(i, i, HandPose.open(0.5, 0.6, 0.21, i * 5 - 20), Background.cycle(i));
            PalmRegion region = locator.locate(Images.toBgr(hand.image()));
            if (region.failure() == null && hand.valleys().size() == 3) {
                ImagePoint v1 = hand.valleys().get(0);
                ImagePoint v3 = hand.valleys().get(2);
                double d = Math.hypot(v1.x() - v3.x(), v1.y() - v3.y());
                double error = Math.max(nearest(region, v1), nearest(region, v3)) / d;
                close += error < 0.15 ? 1 : 0;
            }
        }
        assertThat(close).isGreaterThanOrEqualTo(hands - 1);
    }

    @Test
    void skinMaskCoversTheDrawnHand() {
        SyntheticHand hand = PALMS.renderHand(3, 0, HandPose.open(), Background.cycle(4));
        Mat bgr = Images.toBgr(hand.image());
        SkinSegmenter.Blob blob = new SkinSegmenter().candidates(bgr).get(0);
        double fraction = blob.area() / (bgr.rows() * (double) bgr.cols());
        assertThat(fraction).isBetween(hand.handAreaFraction() * 0.8, hand.handAreaFraction() * 1.2);
    }

    @Test
    void roiHasTheConfiguredSize() {
        PalmRegion region = new HandLocator(Parameters.defaults(), DebugSink.NONE)
                .locate(Images.toBgr(PALMS.hand(1, 0)));
        assertThat(region.roi().rows()).isEqualTo(Parameters.defaults().roiSize());
        assertThat(region.roi().cols()).isEqualTo(Parameters.defaults().roiSize());
    }

    private static double nearest(PalmRegion region, ImagePoint truth) {
        return Math.min(distance(region.firstValley(), truth), distance(region.lastValley(), truth));
    }

    private static double distance(Point p, ImagePoint truth) {
        return Math.hypot(p.x - truth.x(), p.y - truth.y());
    }
}
