package com.palmpos.ui.port;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.scanner.PalmTemplate;
import java.util.Locale;
import java.util.Optional;

/**
 * The enrollment back office as the enrollment screens see it: the versioned consent notice, the card reader,
 * enrollment at the counter, completion of an online pre-enrollment and loyalty linking. Implemented by the
 * application over the pos enrollment services. Every method may block (database, card reader, cloud): screens
 * call it through the {@link com.palmpos.ui.task.TaskRunner}. Implementations are thread-safe.
 *
 * <p>Nothing is stored before {@link #enroll} or {@link #completePreEnrollment} succeeds: a customer who declines
 * consent or walks away leaves no trace.
 */
public interface EnrollmentDesk {

    /**
     * The consent notice currently in force, in {@code locale} (or English). Cheap after the first call.
     *
     * @throws EnrollmentRefusedException ({@link EnrollmentRefusedException.Reason#UNAVAILABLE}) if no notice is set up
     */
    ConsentText consentNotice(Locale locale) throws EnrollmentRefusedException;

    /**
     * Waits for the customer's card in the reader and has it tokenised; returns token, brand and last four digits
     * only (the number never leaves the reader side). Blocks until a card is read, refused, or the thread is
     * interrupted (cancel the task to stop waiting).
     *
     * @throws EnrollmentRefusedException ({@link EnrollmentRefusedException.Reason#CARD_NOT_READ}) with a sentence
     *     for the cashier
     */
    LinkedCard readCard() throws EnrollmentRefusedException, InterruptedException;

    /**
     * Stores the customer, their consent, palm template, card and (optionally) loyalty account in one transaction
     * and queues them for the cloud.
     *
     * @return the new customer's profile (with a loyalty number if an account was opened)
     */
    CustomerProfile enroll(NewEnrollment enrollment) throws EnrollmentRefusedException;

    /**
     * Completes an online pre-enrollment with the palm captured now; the cloud checks the code.
     *
     * @param code the code the customer shows, upper case, validated by the screen
     * @throws EnrollmentRefusedException WRONG_CODE, CODE_USED, CODE_EXPIRED or OFFLINE; nothing is stored then
     */
    CustomerProfile completePreEnrollment(String code, PalmTemplate template) throws EnrollmentRefusedException;

    /** A loyalty member by loyalty number or phone number, with their points. */
    Optional<LoyaltyMember> findLoyaltyMember(String numberOrPhone) throws EnrollmentRefusedException;

    /**
     * Links an existing loyalty account to an enrolled customer (their palm then earns on that account).
     *
     * @throws EnrollmentRefusedException LOYALTY_TAKEN if the account belongs to another palm, OFFLINE
     */
    LoyaltyMember linkLoyalty(String customerId, String loyaltyNumber) throws EnrollmentRefusedException;

    /** Opens a new loyalty account for an enrolled customer who has none. */
    LoyaltyMember openLoyalty(String customerId, LoyaltyContact contact) throws EnrollmentRefusedException;

    /** A desk that refuses everything with UNAVAILABLE: for terminals (and tests) without enrollment. */
    static EnrollmentDesk unavailable() {
        return new UnavailableEnrollmentDesk();
    }
}
