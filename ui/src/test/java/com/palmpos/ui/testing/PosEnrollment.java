package com.palmpos.ui.testing;

import com.palmpos.pos.consent.ConsentNotices;
import com.palmpos.pos.consent.ConsentStore;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.enrollment.CardEntry;
import com.palmpos.pos.enrollment.CardReader;
import com.palmpos.pos.enrollment.EnrollmentException;
import com.palmpos.pos.enrollment.EnrollmentProblem;
import com.palmpos.pos.enrollment.EnrollmentService;
import com.palmpos.pos.enrollment.KnownPalms;
import com.palmpos.pos.enrollment.LoyaltyLinkService;
import com.palmpos.pos.enrollment.PreEnrollmentService;
import com.palmpos.pos.enrollment.PreEnrollments;
import com.palmpos.pos.enrollment.SimulatedCardReader;
import com.palmpos.ui.PosEnrollmentDesk;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real pos enrollment services on a {@link TestCounter}'s H2 file, wrapped in the real {@link PosEnrollmentDesk},
 * with the demo card reader and two scripted network ports: a tokenizer that approves every card and a cloud
 * that knows the pre-enrollment codes the test registers (and can be taken offline). Thread-safe.
 */
public final class PosEnrollment {

    public final PosEnrollmentDesk desk;
    public final EnrollmentService enrollment;
    public final LoyaltyLinkService links;
    private final TestCounter counter;
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private volatile boolean offline;
    private volatile boolean cardUnreadable;
    /** How often the screens asked the cloud about a code before capturing. */
    public final java.util.concurrent.atomic.AtomicInteger codeChecks = new java.util.concurrent.atomic.AtomicInteger();

    public PosEnrollment(TestCounter counter) {
        this.counter = counter;
        ConsentStore consents = new ConsentStore(counter.database, counter.pos.outbox(), counter.pos.customers(),
                counter.clock, "t1");
        enrollment = new EnrollmentService(counter.database, counter.pos.customers(), consents, ConsentNotices.load(),
                counter.pos.outbox(), card -> new LinkedCard("tok_test_" + card.last4(), "VISA", card.last4()),
                KnownPalms.NONE, counter.clock);
        links = new LoyaltyLinkService(counter.database, counter.pos.customers(), counter.pos.outbox(), enrollment);
        SimulatedCardReader simulated = new SimulatedCardReader(counter.clock);
        CardReader reader = () -> {
            if (cardUnreadable) {
                throw new EnrollmentException(EnrollmentProblem.INVALID_INPUT, "test reader: chip unreadable");
            }
            return simulated.read();
        };
        desk = new PosEnrollmentDesk(enrollment,
                new PreEnrollmentService(new TestCloud(), counter.pos.customers(), KnownPalms.NONE), links,
                reader, counter.pos.customers(), counter.pos.loyalty());
    }

    /** A code the cloud issued online; completing it enrolls customer {@code customerId}. */
    public PosEnrollment withPreEnrollment(String code, String customerId) {
        codes.put(code, customerId);
        return this;
    }

    public void offline(boolean value) {
        offline = value;
    }

    public void cardUnreadable(boolean value) {
        cardUnreadable = value;
    }

    /** A loyalty member known at this terminal (from the cloud), without a palm. */
    public CustomerProfile addMember(String customerId, String name, String loyaltyId, long points) {
        CustomerProfile member = new CustomerProfile(customerId, name, null, loyaltyId, Set.of(), Set.of(), null,
                points, Instant.EPOCH, 1, Instant.EPOCH);
        counter.pos.customers().upsert(member);
        return member;
    }

    /** As {@link #addMember(String, String, String, long)}, with the phone number the cloud profile holds. */
    public CustomerProfile addMember(String customerId, String name, String loyaltyId, long points, String phone) {
        CustomerProfile member = addMember(customerId, name, loyaltyId, points);
        counter.pos.customers().savePhone(customerId, phone);
        return member;
    }

    /** Rows of these tables an enrollment writes (customers, palm_templates, consent_records, outbox). */
    public Map<String, Long> rows() {
        return counter.database.inTransaction(c -> {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (String table : List.of("customers", "palm_templates", "consent_records", "outbox")) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        });
    }

    /** Empties those tables, codes and switches: a fresh terminal for the next test. */
    public void clear() {
        counter.database.inTransaction(c -> {
            for (String table : List.of("palm_templates", "customer_phones", "consent_records", "outbox",
                    "customers")) {
                c.createStatement().executeUpdate("DELETE FROM " + table);
            }
            return null;
        });
        codes.clear();
        offline = false;
        cardUnreadable = false;
    }

    /** The cloud's pre-enrollments as the test registered them; checks count in {@link #codeChecks}. */
    private final class TestCloud implements PreEnrollments {
        @Override
        public void check(String code) {
            codeChecks.incrementAndGet();
            if (offline) {
                throw new EnrollmentException(EnrollmentProblem.OFFLINE, "test cloud: offline");
            }
            if (!codes.containsKey(code)) {
                throw new EnrollmentException(EnrollmentProblem.UNKNOWN_CODE, "test cloud: unknown code");
            }
        }

        @Override
        public PreEnrollments.Completed complete(String code, byte[] template) {
            if (offline) {
                throw new EnrollmentException(EnrollmentProblem.OFFLINE, "test cloud: offline");
            }
            String customerId = codes.remove(code);
            if (customerId == null) {
                throw new EnrollmentException(EnrollmentProblem.UNKNOWN_CODE, "test cloud: unknown code");
            }
            return new PreEnrollments.Completed(customerId, "L-" + code);
        }
    }
}
