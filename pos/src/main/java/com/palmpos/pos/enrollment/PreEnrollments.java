package com.palmpos.pos.enrollment;

/**
 * The port to the cloud's pre-enrollments, implemented by the sync module. Completing needs the network: the cloud
 * holds the code, the customer's details and their online consent. Blocks; thread-safe.
 */
public interface PreEnrollments {

    /** Who a completed pre-enrollment enrolled. */
    record Completed(String customerId, String loyaltyId) {
    }

    /**
     * Completes pre-enrollment {@code code} with the palm captured at the counter.
     *
     * @throws EnrollmentException UNKNOWN_CODE, CODE_EXPIRED, CODE_USED, INVALID_INPUT (template refused) or OFFLINE
     */
    Completed complete(String code, byte[] template);

    /**
     * Checks code {@code code} before the customer's palm is captured, so a wrong, used or expired code is caught
     * before the captures. Changes nothing. A port that cannot check early (a test double) accepts every code; the
     * completion checks it anyway.
     *
     * @throws EnrollmentException UNKNOWN_CODE, CODE_EXPIRED, CODE_USED or OFFLINE
     */
    default void check(String code) {
    }
}
