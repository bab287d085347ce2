package com.palmpos.scanner.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencv.core.Point;

class WeightedNmsTest {

    @Test
    void overlappingBoxesBecomeTheirScoreWeightedMeanWithTheBestScore() {
        PalmDetection strong = palm(0.9, 100, 100, 50, 10);
        PalmDetection weak = palm(0.3, 110, 100, 50, 20);
        List<PalmDetection> kept = WeightedNms.apply(List.of(weak, strong), 0.3);
        assertThat(kept).hasSize(1);
        PalmDetection merged = kept.get(0);
        assertThat(merged.score()).isEqualTo(0.9);
        assertThat(merged.centreX()).isCloseTo((0.9 * 100 + 0.3 * 110) / 1.2, within(1e-9));
        assertThat(merged.keypoint(3).x).isCloseTo((0.9 * 10 + 0.3 * 20) / 1.2, within(1e-9));
    }

    @Test
    void separateHandsStayTwoDetectionsBestFirst() {
        PalmDetection left = palm(0.7, 100, 100, 50, 0);
        PalmDetection right = palm(0.95, 300, 100, 50, 0);
        List<PalmDetection> kept = WeightedNms.apply(List.of(left, right), 0.3);
        assertThat(kept).extracting(PalmDetection::score).containsExactly(0.95, 0.7);
    }

    @Test
    void boxesOverlappingLessThanTheThresholdAreNotMerged() {
        PalmDetection a = palm(0.9, 100, 100, 50, 0);
        PalmDetection b = palm(0.8, 140, 100, 50, 0); // IoU = 10/90
        assertThat(a.iou(b)).isCloseTo(10.0 / 90, within(1e-9));
        assertThat(WeightedNms.apply(List.of(a, b), 0.3)).hasSize(2);
    }

    @Test
    void nothingInNothingOut() {
        assertThat(WeightedNms.apply(List.of(), 0.3)).isEmpty();
    }

    private static PalmDetection palm(double score, double cx, double cy, double side, double keypointX) {
        Point[] keypoints = new Point[PalmDetection.KEYPOINTS];
        for (int k = 0; k < keypoints.length; k++) {
            keypoints[k] = new Point(keypointX, k);
        }
        return new PalmDetection(score, cx, cy, side, side, keypoints);
    }
}
