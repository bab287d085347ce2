package com.palmpos.scanner.internal.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompCodeCoderTest {
    @ParameterizedTest
    @ValueSource(ints = {2, 4, 6})
    void hammingDistanceOfCodesIsTheAngularDistanceOfOrientations(int orientations) {
        int half = orientations / 2;
        for (int a = 0; a < orientations; a++) {
            for (int b = 0; b < orientations; b++) {
                int differing = 0;
                for (int bit = 0; bit < half; bit++) {
                    differing += CompCodeCoder.bit(bit, a, half) != CompCodeCoder.bit(bit, b, half) ? 1 : 0;
                }
                int steps = Math.abs(a - b);
                assertThat(differing).as("orientations %d and %d", a, b).isEqualTo(Math.min(steps, orientations - steps));
            }
        }
    }
}
