package com.palmpos.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnrollmentTest {
    private final Parameters parameters = Parameters.defaults();
    private final Enrollment enrollment = new Enrollment(parameters);
    private final PalmMatcher matcher = new PalmMatcher(parameters);

    @Test
    void fusedTemplateMatchesANewCaptureBetterThanOneCapture() {
        List<PalmTemplate> captures = List.of(TestCodes.template(5, 0, 0, 0.25, 1),
                TestCodes.template(5, 1, 0, 0.25, 2), TestCodes.template(5, 0, 1, 0.25, 3),
                TestCodes.template(5, -1, 0, 0.25, 4));
        Enrollment.Result result = enrollment.enroll(captures);
        PalmTemplate later = TestCodes.template(5, 0, -1, 0.25, 99);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.rejected()).isEmpty();
        assertThat(matcher.distance(result.template(), later)).isLessThan(matcher.distance(captures.get(0), later));
    }

    @Test
    void rejectsCaptureOfAnotherPalm() {
        List<PalmTemplate> captures = List.of(TestCodes.template(5, 0, 0, 0.1, 1), TestCodes.template(77, 0, 0, 0.1, 2),
                TestCodes.template(5, 1, 0, 0.1, 3), TestCodes.template(5, 0, 1, 0.1, 4));
        Enrollment.Result result = enrollment.enroll(captures);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.rejected()).containsExactly(1);
    }

    @Test
    void failsWhenCapturesDisagree() {
        Enrollment.Result result = enrollment.enroll(List.of(TestCodes.template(1), TestCodes.template(2),
                TestCodes.template(3), TestCodes.template(4)));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.rejected()).hasSize(3);
    }

    @Test
    void refusesEmptyCaptureList() {
        assertThatThrownBy(() -> enrollment.enroll(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one capture");
    }
}
