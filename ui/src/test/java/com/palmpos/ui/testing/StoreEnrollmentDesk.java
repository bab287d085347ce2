package com.palmpos.ui.testing;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.store.Database;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.ui.port.ConsentText;
import com.palmpos.ui.port.EnrollmentDesk;
import com.palmpos.ui.port.EnrollmentRefusedException;
import com.palmpos.ui.port.EnrollmentRefusedException.Reason;
import com.palmpos.ui.port.LoyaltyContact;
import com.palmpos.ui.port.LoyaltyMember;
import com.palmpos.ui.port.EnrollmentDraft;
import com.palmpos.ui.port.PreEnrolled;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link EnrollmentDesk} for screen tests over the real customer store (H2): customers and templates land in
 * the real tables; pre-enrollment codes, phone numbers and consents are kept here (as the cloud would), with
 * switches for going offline and for an unreadable card. Thread-safe.
 */
public final class StoreEnrollmentDesk implements EnrollmentDesk {

    public static final ConsentText NOTICE = new ConsentText("bio-test-1",
            "We keep a code of your palm, not a picture, to recognise you and pay with your linked card.");
    public static final LinkedCard CARD = new LinkedCard("tok_test_4242", "Visa", "4242");

    private final CustomerStore customers;
    private final Database database;
    private final Clock clock;
    private final Map<String, String> preEnrollments = new ConcurrentHashMap<>();
    private final Map<String, String> phones = new ConcurrentHashMap<>();
    /** Consent answers stored with enrollments: customer id -> notice version. */
    public final Map<String, String> consents = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean offline;
    private volatile boolean cardUnreadable;

    public StoreEnrollmentDesk(TestCounter counter) {
        this.customers = counter.pos.customers();
        this.database = counter.database;
        this.clock = counter.clock;
    }

    /** A code the cloud issued online for {@code name}. */
    public StoreEnrollmentDesk withPreEnrollment(String code, String name) {
        preEnrollments.put(code, name);
        return this;
    }

    public void offline(boolean value) {
        offline = value;
    }

    public void cardUnreadable(boolean value) {
        cardUnreadable = value;
    }

    /** A loyalty member without a palm, with {@code points} from the cloud. */
    public CustomerProfile addMember(String name, String loyaltyId, String phone, long points) {
        CustomerProfile member = profile("cus-" + ids.incrementAndGet(), name, loyaltyId, null, points, 1);
        customers.upsert(member);
        phones.put(phone, member.customerId());
        return member;
    }

    /** Forgets every customer, template, code, phone and consent: a fresh store for the next test. */
    public void clear() {
        database.inTransaction(c -> {
            c.createStatement().executeUpdate("DELETE FROM palm_templates");
            return c.createStatement().executeUpdate("DELETE FROM customers");
        });
        preEnrollments.clear();
        phones.clear();
        consents.clear();
        offline = false;
        cardUnreadable = false;
    }

    /** Rows in the customers table. */
    public int customerRows() {
        return database.inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM customers")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public EnrollmentDraft begin(Locale locale) {
        return new Draft();
    }

    @Override
    public PreEnrolled completePreEnrollment(String code, PalmTemplate template)
            throws EnrollmentRefusedException {
        online();
        String name = preEnrollments.remove(code);
        if (name == null) {
            throw new EnrollmentRefusedException(Reason.WRONG_CODE, "test cloud: unknown pre-enrollment code");
        }
        String id = "cus-" + ids.incrementAndGet();
        CustomerProfile profile = profile(id, name, "L-" + id.toUpperCase(Locale.ROOT), null, 0, 1);
        customers.upsert(profile);
        customers.savePalmTemplate(id, template.toBytes());
        return new PreEnrolled(id, profile.loyaltyId(), Optional.of(profile));
    }

    @Override
    public Optional<LoyaltyMember> findLoyaltyMember(String numberOrPhone) throws EnrollmentRefusedException {
        online();
        Optional<CustomerProfile> found = Optional.ofNullable(phones.get(numberOrPhone)).flatMap(customers::find)
                .or(() -> customers.findByLoyaltyId(numberOrPhone));
        return found.map(p -> new LoyaltyMember(p, p.pointsBalance()));
    }

    @Override
    public LoyaltyMember linkLoyalty(String customerId, String loyaltyNumber) throws EnrollmentRefusedException {
        online();
        CustomerProfile owner = customers.findByLoyaltyId(loyaltyNumber).orElseThrow();
        if (customers.palmTemplate(owner.customerId()).isPresent()) {
            throw new EnrollmentRefusedException(Reason.LOYALTY_TAKEN, "test cloud: account has a palm already");
        }
        // the cloud merges the palm-less member into the palm customer
        CustomerProfile palm = customers.find(customerId).orElseThrow();
        customers.delete(owner.customerId());
        CustomerProfile linked = profile(customerId, palm.name(), loyaltyNumber, palm.card(), owner.pointsBalance(),
                palm.cloudVersion() + 1);
        customers.upsert(linked);
        return new LoyaltyMember(linked, linked.pointsBalance());
    }

    @Override
    public LoyaltyMember openLoyalty(String customerId) throws EnrollmentRefusedException {
        online();
        CustomerProfile palm = customers.find(customerId).orElseThrow();
        CustomerProfile opened = profile(customerId, palm.name(), "L-" + customerId.toUpperCase(Locale.ROOT),
                palm.card(), 0, palm.cloudVersion() + 1);
        customers.upsert(opened);
        return new LoyaltyMember(opened, 0);
    }

    private void online() throws EnrollmentRefusedException {
        if (offline) {
            throw new EnrollmentRefusedException(Reason.OFFLINE, "test cloud: offline");
        }
    }

    private CustomerProfile profile(String id, String name, String loyaltyId, LinkedCard card, long points,
            long version) {
        return new CustomerProfile(id, name, null, loyaltyId, Set.of(), Set.of(), card, points, clock.instant(),
                version, clock.instant());
    }

    /** One enrollment, in memory until committed (as the pos session keeps it). */
    private final class Draft implements EnrollmentDraft {
        private boolean accepted;
        private PalmTemplate template;
        private LinkedCard card;

        @Override
        public ConsentText notice() {
            return NOTICE;
        }

        @Override
        public void accept() {
            accepted = true;
        }

        @Override
        public void palm(PalmTemplate captured) {
            template = captured;
        }

        @Override
        public LinkedCard readCard() throws EnrollmentRefusedException {
            if (cardUnreadable) {
                throw new EnrollmentRefusedException(Reason.CARD_NOT_READ, "test reader: chip unreadable");
            }
            card = CARD;
            return card;
        }

        @Override
        public CustomerProfile commit(String name, LoyaltyContact loyalty) throws EnrollmentRefusedException {
            if (!accepted || template == null || card == null) {
                throw new EnrollmentRefusedException(Reason.INVALID_INPUT, "test desk: consent, palm and card first");
            }
            String id = "cus-" + ids.incrementAndGet();
            CustomerProfile profile = profile(id, name, loyalty == null ? null : "L-" + id.toUpperCase(Locale.ROOT),
                    card, 0, 1);
            customers.upsert(profile);
            customers.savePalmTemplate(id, template.toBytes());
            consents.put(id, NOTICE.version());
            if (loyalty != null && loyalty.phone() != null) {
                phones.put(loyalty.phone(), id);
            }
            return profile;
        }

        @Override
        public void cancel() {
            accepted = false;
            template = null;
            card = null;
        }
    }

    /** Every stored template's customer id. */
    public List<String> templateOwners() {
        return List.copyOf(customers.allPalmTemplates().keySet());
    }
}
