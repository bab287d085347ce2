package com.palmpos.scanner.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HandPoseTest {

    @Test
    void factoriesDescribeWhatTheyClaim() {
        assertThat(HandPose.tooFar().palmWidth()).isLessThan(HandPose.open().palmWidth() / 2);
        assertThat(HandPose.tooClose().palmWidth()).isGreaterThan(HandPose.open().palmWidth() * 3);
        assertThat(HandPose.fingersTogether().spread()).isZero();
        assertThat(HandPose.closed().curl()).isEqualTo(1);
        assertThat(HandPose.blurred(20).motionBlurPx()).isEqualTo(20);
    }

    @Test
    void interpolatesEveryParameter() {
        HandPose half = HandPose.open().towards(HandPose.closed().at(0.7, 0.6), 0.5);
        assertThat(half.curl()).isEqualTo(0.5);
        assertThat(half.centerX()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void rejectsSpreadOutsideZeroToOne() {
        assertThatThrownBy(() -> HandPose.open().withSpread(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spread and curl must be in [0, 1]");
    }

    @Test
    void rejectsNonFinitePosition() {
        assertThatThrownBy(() -> HandPose.open().at(Double.NaN, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("centerX must be a finite number");
    }

    @Test
    void rejectsZeroPalmWidth() {
        assertThatThrownBy(() -> HandPose.open().withPalmWidth(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("palmWidth must be in");
    }

    @Test
    void rejectsBackgroundSizesOutOfRange() {
        assertThatThrownBy(() -> Background.cycle(0).withSize(8, 480))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("background size must be 16-4096");
    }
}
