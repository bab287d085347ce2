package com.palmpos.ui.port;

import com.palmpos.scanner.PalmTemplate;
import java.util.Locale;
import java.util.Optional;

/**
 * The enrollment back office as the enrollment screens see it: enrollment at the counter (a stateful
 * {@link EnrollmentDraft}), completion of an online pre-enrollment, and loyalty linking. Implemented by the
 * application over the pos enrollment services. Every method may block (database, card reader, cloud): screens
 * call it through the {@link com.palmpos.ui.task.TaskRunner}. Implementations are thread-safe.
 *
 * <p>Nothing is stored before {@link EnrollmentDraft#commit} or {@link #completePreEnrollment} succeeds: a customer
 * who declines consent or walks away leaves no trace.
 */
public interface EnrollmentDesk {

    /**
     * Starts an enrollment with the consent notice in force, in {@code locale} (or English). Stores nothing; cheap.
     *
     * @throws EnrollmentRefusedException UNAVAILABLE if enrollment is not set up on this terminal
     */
    EnrollmentDraft begin(Locale locale) throws EnrollmentRefusedException;

    /**
     * Checks a pre-enrollment code with the cloud before any palm is captured; stores nothing.
     *
     * @param code the code the customer shows, upper case, validated by the screen
     * @throws EnrollmentRefusedException WRONG_CODE, CODE_USED, CODE_EXPIRED or OFFLINE
     */
    void checkPreEnrollmentCode(String code) throws EnrollmentRefusedException;

    /**
     * Completes an online pre-enrollment with the palm captured now; the cloud checks the code.
     *
     * @param code the code the customer shows, upper case, validated by the screen
     * @throws EnrollmentRefusedException WRONG_CODE, CODE_USED, CODE_EXPIRED, ALREADY_ENROLLED or OFFLINE; nothing
     *     is stored then
     */
    PreEnrolled completePreEnrollment(String code, PalmTemplate template) throws EnrollmentRefusedException;

    /**
     * A loyalty member by loyalty number or by the phone number on file at this terminal (national or international
     * form, e.g. "0170 1234567" or "+49 170 1234567"), with points; empty if nobody holds it. Reads the local cache.
     *
     * @param numberOrPhone as typed; the back office normalises it and never logs a phone number
     * @throws EnrollmentRefusedException AMBIGUOUS_PHONE if several members share the phone (nobody is guessed)
     */
    Optional<LoyaltyMember> findLoyaltyMember(String numberOrPhone) throws EnrollmentRefusedException;

    /**
     * Links an existing loyalty account to an enrolled customer (their palm then earns on that account).
     *
     * @throws EnrollmentRefusedException LOYALTY_TAKEN if the account belongs to another customer, NOT_FOUND
     */
    LoyaltyMember linkLoyalty(String customerId, String loyaltyNumber) throws EnrollmentRefusedException;

    /** Opens a new loyalty account for an enrolled customer who has none. */
    LoyaltyMember openLoyalty(String customerId) throws EnrollmentRefusedException;

    /** A desk that refuses everything with UNAVAILABLE: for terminals (and tests) without enrollment. */
    static EnrollmentDesk unavailable() {
        return new UnavailableEnrollmentDesk();
    }
}
