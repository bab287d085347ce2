package com.palmpos.app.wiring;

import com.palmpos.scanner.DecisionThreshold;
import com.palmpos.scanner.PalmMatcher;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.TemplateFormatException;
import com.palmpos.cloud.TemplateMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the cloud emulator match palms with the terminal's own engine. Scores are {@code 1 - distance}, so higher is
 * more alike; the threshold comes from the engine's false-match-rate model. Bytes that are not a valid template
 * score 0: a damaged template can never match. Thread-safe; about 10 µs per comparison.
 */
public final class EngineTemplateMatcher implements TemplateMatcher {
    private static final Logger LOG = LoggerFactory.getLogger(EngineTemplateMatcher.class);

    private final PalmMatcher matcher;
    private final double threshold;

    public EngineTemplateMatcher(Parameters parameters) {
        this.matcher = new PalmMatcher(parameters);
        this.threshold = 1 - DecisionThreshold.forFalseMatchRate(parameters, parameters.targetFalseMatchRate());
    }

    @Override
    public double score(byte[] probe, byte[] candidate) {
        try {
            return 1 - matcher.distance(PalmTemplate.fromBytes(probe), PalmTemplate.fromBytes(candidate));
        } catch (TemplateFormatException | IllegalArgumentException e) {
            LOG.warn("Unusable palm template in an identification: {}", e.getMessage());
            return 0;
        }
    }

    @Override
    public double threshold() {
        return threshold;
    }
}
