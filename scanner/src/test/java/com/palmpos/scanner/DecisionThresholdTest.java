package com.palmpos.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecisionThresholdTest {
    private final Parameters parameters = Parameters.defaults();

    @Test
    void stricterRateGivesLowerThreshold() {
        assertThat(DecisionThreshold.forFalseMatchRate(parameters, 1e-6))
                .isLessThan(DecisionThreshold.forFalseMatchRate(parameters, 1e-3));
    }

    @Test
    void thresholdKeepsModelImpostorsBelowTheRate() {
        double threshold = DecisionThreshold.forFalseMatchRate(parameters, 1e-2);
        int n = (int) Math.round(parameters.impostorDegreesOfFreedom());
        SplittableRandom random = new SplittableRandom(5);
        int accepted = 0;
        int trials = 20_000;
        for (int t = 0; t < trials; t++) {
            int ones = 0;
            for (int i = 0; i < n; i++) {
                ones += random.nextDouble() < parameters.impostorMeanDistance() ? 1 : 0;
            }
            accepted += (double) ones / n <= threshold ? 1 : 0;
        }
        assertThat((double) accepted / trials).isBetween(0.003, 0.012);
    }

    @Test
    void rejectsRateOutsideZeroToOne() {
        assertThatThrownBy(() -> DecisionThreshold.forFalseMatchRate(parameters, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1)");
    }
}
