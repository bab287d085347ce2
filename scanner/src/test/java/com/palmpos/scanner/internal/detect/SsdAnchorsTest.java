package com.palmpos.scanner.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SsdAnchorsTest {
    private final SsdAnchors anchors = SsdAnchors.palmDetector();

    @Test
    void hasTheDetectorsTwoThousandAndSixteenAnchors() {
        assertThat(anchors.size()).isEqualTo(24 * 24 * 2 + 12 * 12 * 6).isEqualTo(2016);
    }

    @Test
    void strideEightGridComesFirstWithTwoAnchorsPerCell() {
        assertThat(anchors.x(0)).isCloseTo(0.5f / 24, within(1e-6f));
        assertThat(anchors.x(1)).isEqualTo(anchors.x(0));
        assertThat(anchors.x(2)).isCloseTo(1.5f / 24, within(1e-6f));
        assertThat(anchors.y(2 * 24)).isCloseTo(1.5f / 24, within(1e-6f));
        assertThat(anchors.x(1151)).isCloseTo(23.5f / 24, within(1e-6f));
        assertThat(anchors.y(1151)).isCloseTo(23.5f / 24, within(1e-6f));
    }

    @Test
    void strideSixteenLayersShareOneGridWithSixAnchorsPerCell() {
        int first = 1152;
        for (int a = 0; a < 6; a++) {
            assertThat(anchors.x(first + a)).isCloseTo(0.5f / 12, within(1e-6f));
        }
        assertThat(anchors.x(first + 6)).isCloseTo(1.5f / 12, within(1e-6f));
        assertThat(anchors.y(2015)).isCloseTo(11.5f / 12, within(1e-6f));
    }
}
