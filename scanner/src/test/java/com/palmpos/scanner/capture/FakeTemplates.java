package com.palmpos.scanner.capture;

import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real templates of synthetic palm crops, made through the engine's public API only (so these tests do not
 * depend on the template's internal layout). The same seed gives the same template.
 */
public final class FakeTemplates {
    private static final PalmEngine ENGINE = new PalmEngine(Parameters.defaults());
    private static final SyntheticPalms PALMS = new SyntheticPalms(7);
    private static final Map<Integer, PalmTemplate> CACHE = new ConcurrentHashMap<>();

    private FakeTemplates() {
    }

    /** The shared engine (default parameters) these templates come from. */
    public static PalmEngine engine() {
        return ENGINE;
    }

    /** The template of subject {@code seed}'s first ROI sample. */
    public static PalmTemplate palm(int seed) {
        return CACHE.computeIfAbsent(seed, s -> ENGINE.extract(PALMS.roi(s, 0), InputKind.ROI).template()
                .orElseThrow(() -> new IllegalStateException("synthetic ROI " + s + " gave no template")));
    }
}
