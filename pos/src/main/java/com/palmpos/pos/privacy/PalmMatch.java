package com.palmpos.pos.privacy;

import java.time.Instant;
import java.util.Objects;

/**
 * The palm read that led to a palm payment, for its audit entry: how closely the palm matched and when it was read.
 * Holds no template and no image. Immutable.
 *
 * @param score similarity 0..1 reported by the palm engine
 */
public record PalmMatch(double score, Instant readAt) {
    public PalmMatch {
        Objects.requireNonNull(readAt, "readAt");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("palm match score must be between 0 and 1, was " + score);
        }
    }
}
