package com.palmpos.sync.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Enrols a customer at the counter: consent, palm templates, and optionally a card token and a loyalty number.
 *
 * @param customerId the id the terminal gave the customer when it enrolled them (possibly offline), or {@code null}
 *                   to let the cloud choose; the cloud refuses an id it already holds with 409 {@code customer-exists}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrollmentRequest(String displayName, String email, String phone, ConsentRecord consent,
                                List<byte[]> palmTemplates, String cardToken, String loyaltyNumber, String customerId) {
    public EnrollmentRequest {
        palmTemplates = palmTemplates == null ? List.of() : List.copyOf(palmTemplates);
    }

    /** A request letting the cloud choose the customer id. */
    public EnrollmentRequest(String displayName, String email, String phone, ConsentRecord consent,
                             List<byte[]> palmTemplates, String cardToken, String loyaltyNumber) {
        this(displayName, email, phone, consent, palmTemplates, cardToken, loyaltyNumber, null);
    }

    @Override
    public String toString() {
        return "EnrollmentRequest[customerId=" + customerId + ", templates=" + palmTemplates.size() + "]";
    }
}
