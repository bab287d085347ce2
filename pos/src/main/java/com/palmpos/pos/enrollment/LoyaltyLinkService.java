package com.palmpos.pos.enrollment;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import java.util.Optional;

/**
 * Loyalty linking at the counter (issue #7, journey 6): find an existing member by loyalty number, link a number to
 * an enrolled customer, or open a new account for them. A link is stored in the customer cache and queued for the
 * cloud in one transaction, so it works offline; the cloud refuses a number that another customer holds there (the
 * message is then kept as rejected for a manager). Thread-safe; each call is one small transaction.
 */
public final class LoyaltyLinkService {
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
     * The member holding {@code loyaltyNumber} at this terminal's cache (case and spaces ignored).
     *
     * @throws EnrollmentException INVALID_INPUT if the number is malformed
     */
    public Optional<CustomerProfile> findMember(String loyaltyNumber) {
        return customers.findByLoyaltyId(Fields.loyaltyNumber(loyaltyNumber));
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
