package com.palmpos.scanner.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandMotionTest {
    private final HandPose rest = HandPose.open();

    @Test
    void entersFromBelowHoldsThenLeavesToTheRight() {
        List<HandPose> poses = HandMotion.enterHoldLeave(rest, 640, 480, 5, 10, 5);
        assertThat(poses).hasSize(20);
        assertThat(poses.get(0).centerY()).isGreaterThan(rest.centerY());
        assertThat(poses.get(4).centerY()).isEqualTo(rest.centerY());
        assertThat(poses.subList(5, 15)).allSatisfy(p -> {
            assertThat(p.motionBlurPx()).isZero();
            assertThat(p.centerX()).isCloseTo(rest.centerX(), within(0.01));
        });
        assertThat(poses.get(19).centerX()).isGreaterThan(1.0);
    }

    @Test
    void blursMovingFramesAlongTheMotion() {
        List<HandPose> poses = HandMotion.enterHoldLeave(rest, 640, 480, 4, 0, 4);
        assertThat(poses.get(0).motionBlurPx()).isGreaterThan(10);
        assertThat(poses.get(0).motionBlurDegrees()).isCloseTo(-90, within(1.0));
        assertThat(poses.get(7).motionBlurDegrees()).isCloseTo(0, within(1.0));
    }

    @Test
    void firstEnteringFrameKeepsTheFingerValleysBelowTheFrame() {
        SyntheticHand frame = new SyntheticPalms(3).renderHand(0, 0,
                HandMotion.enterHoldLeave(rest, 640, 480, 8, 0, 1).get(0), Background.cycle(0));
        assertThat(frame.valleys()).allSatisfy(v -> assertThat(v.y()).isGreaterThan(480));
    }

    @Test
    void rejectsImpossibleFrameCounts() {
        assertThatThrownBy(() -> HandMotion.enterHoldLeave(rest, 640, 480, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entering >= 1");
    }
}
