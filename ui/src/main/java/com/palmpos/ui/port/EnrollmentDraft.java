package com.palmpos.ui.port;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.scanner.PalmTemplate;

/**
 * One enrollment at the counter, held in memory until {@link #commit}: the consent answer, the palm template and
 * the card token. {@link #cancel()} (declined, abandoned) forgets it all. Not thread-safe: one journey drives it,
 * one call at a time (from task threads: the blocking calls must not run on the FX thread).
 */
public interface EnrollmentDraft {

    /** The consent notice to show the customer; its version is recorded with their answer. */
    ConsentText notice();

    /** The customer agreed (the time is taken now); palm capture may start. Cheap. */
    void accept() throws EnrollmentRefusedException;

    /**
     * The template fused from the guided captures. Blocks for a gallery search (milliseconds).
     *
     * @throws EnrollmentRefusedException ALREADY_ENROLLED if this palm belongs to an enrolled customer
     */
    void palm(PalmTemplate template) throws EnrollmentRefusedException;

    /**
     * Waits for the customer's card in the reader and has it tokenised; keeps and returns token, brand and last four
     * digits only (the number never leaves the reader side). Blocks until a card is read or refused.
     *
     * @throws EnrollmentRefusedException CARD_NOT_READ, CARD_REFUSED or OFFLINE
     * @throws InterruptedException if the journey was cancelled while waiting
     */
    LinkedCard readCard() throws EnrollmentRefusedException, InterruptedException;

    /**
     * Stores customer, consent, template, card and optional loyalty account in one transaction.
     *
     * @param name    validated by the screen
     * @param loyalty contact for a new loyalty account, or null for none
     * @return the stored profile
     * @throws EnrollmentRefusedException INVALID_INPUT (the message names the field), ALREADY_ENROLLED
     */
    CustomerProfile commit(String name, LoyaltyContact loyalty) throws EnrollmentRefusedException;

    /** Declined or abandoned: forgets everything held. Cheap, idempotent. */
    void cancel();
}
