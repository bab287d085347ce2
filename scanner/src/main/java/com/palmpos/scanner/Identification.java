package com.palmpos.scanner;

import java.util.Optional;

/**
 * Outcome of a 1:N search. Immutable.
 *
 * @param subjectId the identified subject, or null if nobody matched closely enough
 * @param nearestSubjectId the closest subject even if not close enough (null for an empty gallery); for diagnostics
 * @param distance distance to the nearest subject, 0..~0.5, lower = more alike
 * @param threshold distance limit that applied to this search
 */
public record Identification(String subjectId, String nearestSubjectId, double distance, double threshold) {

    /** The identified subject, empty for "nobody we know". */
    public Optional<String> subject() {
        return Optional.ofNullable(subjectId);
    }
}
