package com.palmpos.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParametersTest {
    private final Parameters defaults = Parameters.defaults();

    @Test
    void shippedCodeFitsTheTemplate() {
        assertThat(defaults.codePlanes()).isBetween(1, 6);
        assertThat(defaults.normalisingBits()).isEqualTo(32 * 32 * defaults.codePlanes());
    }

    @Test
    void refusesCodeThatNeedsMorePlanesThanTheTemplateHolds() {
        assertThatThrownBy(() -> defaults.withOrientations(6).withFeatures(FeatureCode.BOCV_ORDINAL, 0.4, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9 bit planes")
                .hasMessageContaining("fewer orientations");
    }

    @Test
    void refusesOddOrientationCount() {
        assertThatThrownBy(() -> defaults.withOrientations(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("even");
    }
}
