package com.palmpos.sync.api;

import java.util.List;

/** Enrols a customer at the counter: consent, palm templates, and optionally a card token and a loyalty number. */
public record EnrollmentRequest(String displayName, String email, String phone, ConsentRecord consent,
                                List<byte[]> palmTemplates, String cardToken, String loyaltyNumber) {
    public EnrollmentRequest {
        palmTemplates = palmTemplates == null ? List.of() : List.copyOf(palmTemplates);
    }

    @Override
    public String toString() {
        return "EnrollmentRequest[templates=" + palmTemplates.size() + "]";
    }
}
