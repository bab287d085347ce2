package com.palmpos.pos.enrollment;

import com.palmpos.pos.consent.ConsentNotices;
import com.palmpos.pos.consent.ConsentRecord;
import com.palmpos.pos.consent.ConsentStore;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Enrollment at the counter (issue #7, journey 4). {@link #begin(Locale)} opens an in-memory
 * {@link EnrollmentSession}; {@link #commit(EnrollmentSession)} stores, in ONE transaction, the customer profile with
 * its linked card token, the palm template, the phone number (digits only), the consent record and the outbox message that enrolls the customer in
 * the cloud. The commit works offline (the cloud learns of it when the outbox drains); only linking a card needs the
 * network. Thread-safe; {@code commit} is one transaction (tens of milliseconds): call it off the FX thread.
 */
public final class EnrollmentService {
    private static final char[] LOYALTY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final Database database;
    private final CustomerStore customers;
    private final ConsentStore consents;
    private final ConsentNotices notices;
    private final OutboxStore outbox;
    private final CardTokenizer tokenizer;
    private final KnownPalms knownPalms;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public EnrollmentService(Database database, CustomerStore customers, ConsentStore consents, ConsentNotices notices,
                             OutboxStore outbox, CardTokenizer tokenizer, KnownPalms knownPalms, Clock clock) {
        this.database = database;
        this.customers = customers;
        this.consents = consents;
        this.notices = notices;
        this.outbox = outbox;
        this.tokenizer = tokenizer;
        this.knownPalms = knownPalms;
        this.clock = clock;
    }

    /** A new session showing the current notice in {@code locale}'s language. Persists nothing; cheap. */
    public EnrollmentSession begin(Locale locale) {
        return new EnrollmentSession(this, "cus_" + HexFormat.of().formatHex(randomBytes(16)), notices.current(locale));
    }

    /**
     * Stores the enrollment in one transaction and queues it for the cloud.
     *
     * @return the stored profile
     * @throws EnrollmentException CONSENT_REQUIRED / INVALID_INPUT if a required step is missing, DUPLICATE if the
     *                             session was committed already or the customer exists, LOYALTY_TAKEN if the loyalty
     *                             number was taken meanwhile
     */
    public CustomerProfile commit(EnrollmentSession session) {
        if (session.state() == EnrollmentSession.State.COMMITTED) {
            throw new EnrollmentException(EnrollmentProblem.DUPLICATE, "this enrollment was already saved");
        }
        if (!session.complete()) {
            throw new EnrollmentException(session.state() == EnrollmentSession.State.AWAITING_CONSENT
                    ? EnrollmentProblem.CONSENT_REQUIRED : EnrollmentProblem.INVALID_INPUT,
                    "an enrollment needs the customer's consent, a palm capture and a name before it can be saved");
        }
        CustomerProfile profile = session.profile();
        ConsentRecord consent = consents.acceptedAt(profile.customerId(), session.notice().version(), session.consentAt());
        database.inTransaction(tx -> {
            if (customers.find(profile.customerId()).isPresent()) {
                throw new EnrollmentException(EnrollmentProblem.DUPLICATE, "customer " + profile.customerId()
                        + " is already enrolled at this terminal");
            }
            if (profile.loyaltyId() != null) {
                requireFreeLoyaltyNumber(profile.loyaltyId(), profile.customerId());
            }
            // CustomerStore's own transactions join this one (same thread): all of it commits, or none
            customers.upsert(profile);
            customers.savePalmTemplate(profile.customerId(), session.template());
            // kept here at once (digits only) so a palm payment above the second-factor amount works before the
            // next cloud pull; deleted with the profile, found by a privacy request
            if (session.phone() != null) {
                customers.savePhone(profile.customerId(), session.phone());
            }
            consents.append(tx, consent);
            outbox.append(tx, CustomerMessages.enrolled(profile, session.email(), session.phone(), consent,
                    customers::sealPersonal));
            return null;
        });
        session.committed();
        return profile;
    }

    Instant now() {
        return clock.instant();
    }

    void requireNewPalm(byte[] template) {
        Optional<String> owner = knownPalms.customerOf(template);
        if (owner.isPresent()) {
            throw new EnrollmentException(EnrollmentProblem.DUPLICATE, "this palm is already enrolled (customer "
                    + owner.get() + "): identify the customer instead, or withdraw their consent first");
        }
    }

    LinkedCard tokenize(CardEntry entry) {
        if (entry.expiredBefore(YearMonth.now(clock))) {
            throw new EnrollmentException(EnrollmentProblem.CARD_REJECTED, "the card ending " + entry.last4()
                    + " has expired: use another card or skip this step");
        }
        return tokenizer.tokenize(entry);
    }

    String newLoyaltyNumber() {
        StringBuilder number = new StringBuilder("L-");
        for (int i = 0; i < 8; i++) {
            number.append(LOYALTY_ALPHABET[random.nextInt(LOYALTY_ALPHABET.length)]);
        }
        return number.toString();
    }

    String requireFreeLoyaltyNumber(String number, String customerId) {
        customers.findByLoyaltyId(number).filter(owner -> !owner.customerId().equals(customerId)).ifPresent(owner -> {
            throw new EnrollmentException(EnrollmentProblem.LOYALTY_TAKEN, "loyalty number " + number
                    + " belongs to another customer: link it to that customer instead, or open a new account");
        });
        return number;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
