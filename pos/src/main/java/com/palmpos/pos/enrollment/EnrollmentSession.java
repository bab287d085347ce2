package com.palmpos.pos.enrollment;

import com.palmpos.pos.consent.ConsentNotice;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.LinkedCard;
import java.time.Instant;
import java.util.Optional;

/**
 * One enrollment at the counter, driven step by step by the UI: read {@link #notice()}, {@link #acceptConsent()} (or
 * {@link #decline()}), {@link #palmTemplate(byte[])}, {@link #details}, optionally {@link #linkCard} and a loyalty
 * account, then {@link EnrollmentService#commit(EnrollmentSession)}. Nothing is written anywhere before the commit, so
 * declining or cancelling at any point leaves no trace. Not thread-safe: one session per counter flow, used from one
 * thread at a time (not the FX thread for {@link #linkCard}, which calls the processor).
 */
public final class EnrollmentSession {
    /** Where the session is. */
    public enum State { AWAITING_CONSENT, CAPTURING, COMMITTED, ENDED }

    private final EnrollmentService service;
    private final String customerId;
    private final ConsentNotice notice;
    private State state = State.AWAITING_CONSENT;
    private Instant consentAt;
    private byte[] template;
    private String name;
    private String preferredName;
    private String email;
    private String phone;
    private LinkedCard card;
    private String loyaltyId;

    EnrollmentSession(EnrollmentService service, String customerId, ConsentNotice notice) {
        this.service = service;
        this.customerId = customerId;
        this.notice = notice;
    }

    /** The notice to show before anything is captured. */
    public ConsentNotice notice() {
        return notice;
    }

    /** The id the customer will have (chosen by the terminal, so the enrollment works offline). */
    public String customerId() {
        return customerId;
    }

    public State state() {
        return state;
    }

    /** The customer agreed to {@link #notice()}; palm capture may start. Kept in memory until the commit. */
    public void acceptConsent() {
        require(State.AWAITING_CONSENT, "consent was already given");
        consentAt = service.now();
        state = State.CAPTURING;
    }

    /** The customer said no: the session ends and nothing was, or will be, stored. */
    public void decline() {
        cancel();
    }

    /** The cashier or customer abandoned the enrollment; forgets everything held in memory. Idempotent. */
    public void cancel() {
        if (state != State.COMMITTED) {
            state = State.ENDED;
            template = null;
            card = null;
        }
    }

    /**
     * The palm template from the scanner's guided captures (the scanner fuses them; the newest call wins).
     *
     * @throws EnrollmentException CONSENT_REQUIRED before consent; DUPLICATE if this palm is already enrolled
     */
    public void palmTemplate(byte[] template) {
        requireCapturing();
        if (template == null || template.length == 0) {
            throw new EnrollmentException(EnrollmentProblem.INVALID_INPUT, "the palm capture produced no template: scan again");
        }
        service.requireNewPalm(template);
        this.template = template.clone();
    }

    /**
     * Who the customer is. {@code name} is required (1..120 characters); the others may be null or blank.
     *
     * @throws EnrollmentException INVALID_INPUT naming the field
     */
    public void details(String name, String preferredName, String email, String phone) {
        requireCapturing();
        this.name = Fields.name(name);
        this.preferredName = Fields.optional(preferredName, 100, "preferred name");
        this.email = Fields.email(email);
        this.phone = Fields.phone(phone);
    }

    /**
     * Links a card: the number goes to the processor's tokenizer; only the token, brand and last four are kept.
     * Blocks on the network.
     *
     * @throws EnrollmentException CARD_REJECTED, OFFLINE, INVALID_INPUT (expired card)
     */
    public LinkedCard linkCard(CardEntry entry) {
        requireCapturing();
        card = service.tokenize(entry);
        return card;
    }

    /** Removes the linked card (the customer changed their mind). */
    public void unlinkCard() {
        requireCapturing();
        card = null;
    }

    /** Opens a new loyalty account for the customer; returns its number. */
    public String newLoyaltyAccount() {
        requireCapturing();
        loyaltyId = service.newLoyaltyNumber();
        return loyaltyId;
    }

    /**
     * Uses the customer's existing loyalty number (from their card or app).
     *
     * @throws EnrollmentException INVALID_INPUT if malformed; LOYALTY_TAKEN if another enrolled customer has it
     */
    public void existingLoyaltyNumber(String number) {
        requireCapturing();
        loyaltyId = service.requireFreeLoyaltyNumber(Fields.loyaltyNumber(number), customerId);
    }

    /** The card linked so far. */
    public Optional<LinkedCard> card() {
        return Optional.ofNullable(card);
    }

    public Optional<String> loyaltyId() {
        return Optional.ofNullable(loyaltyId);
    }

    /** Whether {@link EnrollmentService#commit} can succeed now: consent, a template and a name. */
    public boolean complete() {
        return state == State.CAPTURING && template != null && name != null;
    }

    /** The profile the commit will store. */
    CustomerProfile profile() {
        return new CustomerProfile(customerId, name, preferredName, loyaltyId, java.util.Set.of(), java.util.Set.of(),
                card, 0, null, 0, consentAt);
    }

    byte[] template() {
        return template;
    }

    Instant consentAt() {
        return consentAt;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    void committed() {
        state = State.COMMITTED;
        template = null;
    }

    private void requireCapturing() {
        if (state == State.AWAITING_CONSENT) {
            throw new EnrollmentException(EnrollmentProblem.CONSENT_REQUIRED,
                    "the customer has not agreed to the consent notice yet: no palm capture or details before consent");
        }
        require(State.CAPTURING, "the enrollment is " + state.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void require(State expected, String why) {
        if (state != expected) {
            throw new EnrollmentException(state == State.COMMITTED ? EnrollmentProblem.DUPLICATE : EnrollmentProblem.WRONG_STEP,
                    why + ": start a new enrollment");
        }
    }
}
