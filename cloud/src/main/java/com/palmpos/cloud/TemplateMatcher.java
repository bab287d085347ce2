package com.palmpos.cloud;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The palm-matching engine the emulator identifies with. The emulator cannot depend on the scanner module, so the
 * app wires the scanner's matcher in through this port. With none wired the emulator answers every identification
 * with "no match". Implementations must be thread-safe: the emulator calls them from its request threads.
 */
public interface TemplateMatcher {

    /** A candidate that matched, with its similarity score. */
    record Match(String customerId, double score) {
    }

    /** Similarity of two serialized templates, higher is more alike; costs one template comparison. */
    double score(byte[] probe, byte[] candidate);

    /** The score from which two templates are taken to be the same palm. */
    double threshold();

    /**
     * The best-scoring customer at or above {@link #threshold()}, comparing {@code probe} with every template of
     * every candidate (linear in their number; override with an indexed search for large galleries).
     */
    default Optional<Match> identify(byte[] probe, Map<String, List<byte[]>> candidates) {
        Match best = null;
        for (Map.Entry<String, List<byte[]>> candidate : candidates.entrySet()) {
            for (byte[] template : candidate.getValue()) {
                double score = score(probe, template);
                if (score >= threshold() && (best == null || score > best.score())) {
                    best = new Match(candidate.getKey(), score);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
