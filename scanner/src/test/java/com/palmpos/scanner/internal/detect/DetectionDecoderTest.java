package com.palmpos.scanner.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionDecoderTest {
    private static final int N = 2016;
    private final SsdAnchors anchors = SsdAnchors.palmDetector();
    private final DetectionDecoder decoder = new DetectionDecoder(anchors);

    @Test
    void keepsOnlyAnchorsWhoseSigmoidScoreReachesTheThreshold() {
        float[] logits = filled(N, -5f);
        logits[100] = 2f;
        List<PalmDetection> found = decoder.decode(logits, new float[N * DetectionDecoder.COORDS], 0.5);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).score()).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-9));
    }

    @Test
    void boxAndKeypointsAreInputPixelOffsetsFromTheAnchorCentre() {
        int i = 1200;
        float[] logits = filled(N, -10f);
        logits[i] = 10f;
        float[] regressors = new float[N * DetectionDecoder.COORDS];
        int o = i * DetectionDecoder.COORDS;
        regressors[o] = 19.2f;        // +0.1 of the input
        regressors[o + 1] = -9.6f;    // -0.05
        regressors[o + 2] = 48f;      // 0.25 wide
        regressors[o + 3] = 96f;      // 0.5 high
        regressors[o + 4 + 2 * 6] = 38.4f; // last keypoint x +0.2
        regressors[o + 5 + 2 * 6] = 0f;
        PalmDetection d = decoder.decode(logits, regressors, 0.5).get(0);
        assertThat(d.centreX()).isCloseTo(anchors.x(i) + 0.1, within(1e-6));
        assertThat(d.centreY()).isCloseTo(anchors.y(i) - 0.05, within(1e-6));
        assertThat(d.width()).isCloseTo(0.25, within(1e-6));
        assertThat(d.height()).isCloseTo(0.5, within(1e-6));
        assertThat(d.keypoint(6).x).isCloseTo(anchors.x(i) + 0.2, within(1e-6));
        assertThat(d.keypoint(6).y).isCloseTo(anchors.y(i), within(1e-6));
        assertThat(d.keypoint(0).x).isCloseTo(anchors.x(i), within(1e-6));
    }

    @Test
    void hugeLogitsAreClippedNotOverflowed() {
        assertThat(DetectionDecoder.sigmoid(1e30)).isEqualTo(1.0);
        assertThat(DetectionDecoder.sigmoid(-1e30)).isGreaterThanOrEqualTo(0.0).isLessThan(1e-40);
    }

    @Test
    void refusesOutputsOfAnotherShapeNamingTheModel() {
        assertThatThrownBy(() -> decoder.decode(new float[896], new float[896 * 18], 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("896 scores").hasMessageContaining("192x192 palm detector");
    }

    private static float[] filled(int n, float value) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
