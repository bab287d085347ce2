package com.palmpos.sync.api;

/**
 * A data-subject request.
 *
 * @param scope {@code BIOMETRICS} erases the customer's palm templates (the profile stays);
 *              {@code PROFILE} erases the whole customer, leaving only an anonymous tombstone
 */
public record PrivacyRequest(String customerId, String scope) {
    public static final String BIOMETRICS = "BIOMETRICS";
    public static final String PROFILE = "PROFILE";
}
