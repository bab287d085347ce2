package com.palmpos.sync.api;

import java.util.List;

/** Completes a pre-enrollment in store with the customer's palm captures. */
public record PreEnrollmentCompletion(List<byte[]> palmTemplates) {
    public PreEnrollmentCompletion {
        palmTemplates = palmTemplates == null ? List.of() : List.copyOf(palmTemplates);
    }

    @Override
    public String toString() {
        return "PreEnrollmentCompletion[templates=" + palmTemplates.size() + "]";
    }
}
