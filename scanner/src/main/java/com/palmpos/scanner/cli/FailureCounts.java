package com.palmpos.scanner.cli;

import com.palmpos.scanner.Extraction;
import com.palmpos.scanner.FailureReason;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts extraction failures by reason, for the evaluation report. */
final class FailureCounts {
    private FailureCounts() {
    }

    static Map<String, Integer> of(Extraction[] extractions) {
        Map<FailureReason, Integer> counts = new EnumMap<>(FailureReason.class);
        for (Extraction e : extractions) {
            e.failure().ifPresent(r -> counts.merge(r, 1, Integer::sum));
        }
        Map<String, Integer> named = new TreeMap<>();
        counts.forEach((k, v) -> named.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
        return named;
    }
}
