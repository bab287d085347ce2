package com.palmpos.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PalmMatcherTest {
    private final PalmMatcher matcher = new PalmMatcher(Parameters.defaults());

    @Test
    void identicalTemplatesHaveZeroDistance() {
        assertThat(matcher.distance(TestCodes.template(1), TestCodes.template(1))).isZero();
    }

    @Test
    void unrelatedPalmsAreNearHalfDistance() {
        assertThat(matcher.distance(TestCodes.template(1), TestCodes.template(2))).isBetween(0.35, 0.55);
    }

    @Test
    void toleratesShiftOfTheRegion() {
        PalmTemplate shifted = TestCodes.template(1, 3, -2, 0, 0);
        assertThat(matcher.distance(TestCodes.template(1), shifted)).isLessThan(0.12);
    }

    @Test
    void noisyRecaptureMatchesAndStrangerDoesNot() {
        PalmTemplate enrolled = TestCodes.template(7);
        assertThat(matcher.matches(enrolled, TestCodes.template(7, 1, 1, 0.2, 3))).isTrue();
        assertThat(matcher.matches(enrolled, TestCodes.template(8, 1, 1, 0.2, 3))).isFalse();
    }

    @Test
    void isSymmetricEnoughForRanking() {
        PalmTemplate a = TestCodes.template(3, 0, 0, 0.1, 1);
        PalmTemplate b = TestCodes.template(3, 2, 1, 0.1, 2);
        assertThat(matcher.distance(a, b)).isCloseTo(matcher.distance(b, a), org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void rejectsTemplateOfOtherGeometry() {
        PalmTemplate three = new PalmTemplate(FeatureCode.BOCV, 3, 1f, new long[48], new long[12]);
        assertThatThrownBy(() -> matcher.distance(TestCodes.template(1), three))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("re-enroll");
    }

    @Test
    void rejectsTemplateOfOtherFeatureCode() {
        PalmTemplate bocv = TestCodes.template(1);
        PalmTemplate compOrdinal = new PalmTemplate(FeatureCode.COMPCODE_ORDINAL, 6, 1f, bocv.fineWords(),
                bocv.coarseWords());
        assertThatThrownBy(() -> matcher.distance(bocv, compOrdinal))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COMPCODE_ORDINAL")
                .hasMessageContaining("re-enroll");
    }
}
