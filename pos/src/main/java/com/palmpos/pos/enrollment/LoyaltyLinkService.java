package com.palmpos.pos.enrollment;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.customer.PhoneTail;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loyalty linking at the counter (issue #7, journey 6): find an existing member by loyalty or phone number, link a
 * number to an enrolled customer, or open a new account for them. A link is stored in the customer cache and queued for the
 * cloud in one transaction, so it works offline; the cloud refuses a number that another customer holds there (the
 * message is then kept as rejected for a manager). Thread-safe; each call is one small transaction.
 */
public final class LoyaltyLinkService {
    /** A phone-shaped text that is also a loyalty number's shape once spaces are gone: digits and dashes. */
    private static final Pattern DIGIT_NUMBER = Pattern.compile("[0-9-]{4,40}");
    private final Database database;
    private final CustomerStore customers;
    private final OutboxStore outbox;
    private final EnrollmentService numbers;

    public LoyaltyLinkService(Database database, CustomerStore customers, OutboxStore outbox, EnrollmentService numbers) {
        this.database = database;
        this.customers = customers;
        this.outbox = outbox;
        this.numbers = numbers;
    }

    /**
     * The member a cashier typed: by loyalty number (case ignored) or by the phone number on file here
     * (national or international form, compared by {@link PhoneTail}). A loyalty number wins over a phone number
     * that looks the same. Reads only this terminal's cache (enrollment and the cloud pull fill it); two indexed
     * queries at most. The phone number is never logged or put into a message.
     *
     * @return the member, or empty if nobody here holds that number or phone
     * @throws EnrollmentException AMBIGUOUS_PHONE if several members have that phone (nobody is guessed);
     *     INVALID_INPUT if the text is neither a loyalty number nor a phone number
     */
    public Optional<CustomerProfile> findMember(String loyaltyNumberOrPhone) {
        if (PhoneTail.of(loyaltyNumberOrPhone).isEmpty()) {
            return customers.findByLoyaltyId(Fields.loyaltyNumber(loyaltyNumberOrPhone));
        }
        String compact = loyaltyNumberOrPhone.replace(" ", "");
        if (DIGIT_NUMBER.matcher(compact).matches()) {
            Optional<CustomerProfile> byNumber = customers.findByLoyaltyId(compact);
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        List<CustomerProfile> byPhone = customers.findMembersByPhone(loyaltyNumberOrPhone, 2);
        if (byPhone.size() > 1) {
            throw new EnrollmentException(EnrollmentProblem.AMBIGUOUS_PHONE, "several loyalty members have this"
                    + " phone number: ask the customer for their loyalty number");
        }
        return byPhone.stream().findFirst();
    }

    /**
     * Links {@code loyaltyNumber} to the customer. Linking the number they already hold changes nothing.
     *
     * @return the updated profile
     * @throws EnrollmentException UNKNOWN_CUSTOMER, INVALID_INPUT, LOYALTY_TAKEN
     */
    public CustomerProfile link(String customerId, String loyaltyNumber) {
        String number = Fields.loyaltyNumber(loyaltyNumber);
        return database.inTransaction(tx -> {
            CustomerProfile current = customers.find(customerId).orElseThrow(() -> new EnrollmentException(
                    EnrollmentProblem.UNKNOWN_CUSTOMER, "customer " + customerId + " is not known at this terminal:"
                    + " identify or enroll them first"));
            if (number.equals(current.loyaltyId())) {
                return current;
            }
            numbers.requireFreeLoyaltyNumber(number, customerId);
            // a local change: one version above the cached one, so the next cloud version still replaces it
            CustomerProfile linked = new CustomerProfile(current.customerId(), current.name(), current.preferredName(),
                    number, current.dietaryPreferences(), current.allergens(), current.card(), current.pointsBalance(),
                    current.pointsAsOf(), current.cloudVersion() + 1, current.cloudUpdatedAt());
            customers.upsert(linked);
            outbox.append(tx, CustomerMessages.loyaltyLinked(customerId, number));
            return linked;
        });
    }

    /** Opens a new loyalty account for the customer and links it; returns the updated profile. */
    public CustomerProfile openAccount(String customerId) {
        return link(customerId, numbers.newLoyaltyNumber());
    }
}
