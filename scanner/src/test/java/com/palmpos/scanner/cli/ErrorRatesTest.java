package com.palmpos.scanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErrorRatesTest {
    @Test
    void separatedDistributionsHaveNoErrors() {
        ErrorRates rates = new ErrorRates(new double[] {0.1, 0.2, 0.25}, new double[] {0.4, 0.45, 0.5, 0.48});
        assertThat(rates.eer()).isZero();
        assertThat(rates.fnmrAtFmr(1e-2)).isZero();
    }

    @Test
    void overlapGivesTheCrossingRate() {
        ErrorRates rates = new ErrorRates(new double[] {0.1, 0.2, 0.3, 0.42}, new double[] {0.35, 0.45, 0.5, 0.5});
        assertThat(rates.eer()).isEqualTo(0.25);
    }

    @Test
    void fnmrAtStrictRateCountsGenuineAboveTheBestImpostor() {
        ErrorRates rates = new ErrorRates(new double[] {0.1, 0.2, 0.36, 0.4}, new double[] {0.35, 0.45, 0.5, 0.5});
        assertThat(rates.fnmrAtFmr(1e-4)).isEqualTo(0.5);
        assertThat(rates.resolvable(1e-4)).isFalse();
    }

    @Test
    void decidabilityGrowsWithSeparation() {
        ErrorRates near = new ErrorRates(new double[] {0.3, 0.32}, new double[] {0.34, 0.36});
        ErrorRates far = new ErrorRates(new double[] {0.1, 0.12}, new double[] {0.44, 0.46});
        assertThat(far.dprime()).isGreaterThan(near.dprime());
        assertThat(far.impostorMean()).isCloseTo(0.45, within(1e-9));
    }
}
