package com.palmpos.scanner.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdentityStabilityTest {
    private static final int SUBJECTS = 8, SAMPLES = 3;
    private static final CompetitiveCode[][] CODES = new CompetitiveCode[SUBJECTS][SAMPLES];

    @BeforeAll
    static void renderPopulation() {
        SyntheticPalms palms = new SyntheticPalms(2024);
        for (int s = 0; s < SUBJECTS; s++) {
            for (int k = 0; k < SAMPLES; k++) {
                CODES[s][k] = CompetitiveCode.of(palms.roi(s, k));
            }
        }
    }

    @Test
    void samplesOfOneSubjectAreClearlyCloserThanOtherSubjects() {
        List<Double> genuine = new ArrayList<>(), impostor = new ArrayList<>();
        for (int s = 0; s < SUBJECTS; s++) {
            for (int a = 0; a < SAMPLES; a++) {
                for (int b = a + 1; b < SAMPLES; b++) {
                    genuine.add(CODES[s][a].distance(CODES[s][b]));
                }
                for (int t = s + 1; t < SUBJECTS; t++) {
                    impostor.add(CODES[s][a].distance(CODES[t][(a + 1) % SAMPLES]));
                }
            }
        }
        double genuineMean = mean(genuine), impostorMean = mean(impostor);
        double genuineMax = genuine.stream().mapToDouble(d -> d).max().orElseThrow();
        // Measured with seed 2024: genuine mean 0.34, impostor mean 0.47, no overlap.
        assertThat(genuineMean).isLessThan(impostorMean - 0.08);
        assertThat(genuineMax).isLessThan(impostorMean);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(d -> d).average().orElseThrow();
    }
}
