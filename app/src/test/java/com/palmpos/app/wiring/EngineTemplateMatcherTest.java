package com.palmpos.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.scanner.Extraction;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EngineTemplateMatcherTest {
    private static final SyntheticPalms PALMS = new SyntheticPalms(7);
    private static PalmEngine engine;

    private final EngineTemplateMatcher matcher = new EngineTemplateMatcher(Parameters.defaults());

    @BeforeAll
    static void engine() {
        engine = new PalmEngine(Parameters.defaults());
    }

    private static byte[] template(int subject, int sample) {
        Extraction extraction = engine.extract(PALMS.roi(subject, sample), InputKind.ROI);
        return extraction.template().map(PalmTemplate::toBytes)
                .orElseThrow(() -> new AssertionError("synthetic palm " + subject + "/" + sample + " not extracted"));
    }

    @Test
    void theCloudEmulatorFindsTheRightCustomerWithTheEnginesScores() {
        Map<String, List<byte[]>> customers = Map.of(
                "cus-a", List.of(template(2, 1)),
                "cus-b", List.of(template(3, 1)),
                "cus-c", List.of(template(5, 1)));
        assertThat(matcher.identify(template(3, 2), customers)).hasValueSatisfying(m ->
                assertThat(m.customerId()).isEqualTo("cus-b"));
    }

    @Test
    void aStrangerMatchesNobody() {
        Map<String, List<byte[]>> customers = Map.of("cus-a", List.of(template(2, 1)), "cus-b", List.of(template(3, 1)));
        assertThat(matcher.identify(template(11, 1), customers)).isEmpty();
    }

    @Test
    void bytesThatAreNotATemplateNeverMatch() {
        byte[] good = template(2, 1);
        byte[] damaged = good.clone();
        damaged[damaged.length / 2] ^= 0x55;
        assertThat(matcher.score(good, damaged)).isZero();
        assertThat(matcher.score(good, new byte[] {1, 2, 3})).isZero();
    }
}
