package com.palmpos.pos.customer;

import com.palmpos.pos.crypto.CustomerKeys;
import com.palmpos.pos.crypto.KeyException;
import com.palmpos.pos.crypto.TemplateCipher;
import com.palmpos.pos.customer.internal.CustomerRepository;
import com.palmpos.pos.customer.internal.PhoneRepository;
import com.palmpos.pos.customer.internal.TemplateRepository;
import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderQueries;
import com.palmpos.pos.insight.PastOrder;
import com.palmpos.pos.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counter's cache of customer profiles (filled by the sync module) and of palm templates (opaque bytes, kept in
 * their own table so they can be deleted without touching the profile). Crypto-shredding: each customer's template
 * is sealed (AES-256-GCM) with their own biometric key, and their name, preferred name, card token and phone with
 * their own personal key ({@link CustomerKeys}, kept outside the database); erasing the customer destroys the keys,
 * so what the database file keeps in free pages can never be read again. Thread-safe; every call is one small
 * transaction: call it off the FX thread.
 */
public final class CustomerStore {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerStore.class);
    private final Database database;
    private final Clock clock;
    private final CustomerRepository customers;
    private final OrderQueries orders = new OrderQueries();
    private final TemplateRepository templates = new TemplateRepository();
    private final TemplateCipher cipher;
    private final CustomerKeys keys;
    private final PhoneRepository phones;

    /** @param cipher encrypts templates at rest: {@link com.palmpos.pos.crypto.TerminalKeys#templateCipher()} */
    public CustomerStore(Database database, Clock clock, TemplateCipher cipher) {
        this.database = database;
        this.clock = clock;
        this.cipher = java.util.Objects.requireNonNull(cipher, "cipher");
        this.keys = cipher.customerKeys(database.dataDir().resolve(KEYS_FOLDER));
        this.customers = new CustomerRepository(keys);
        this.phones = new PhoneRepository(keys);
    }

    /** The folder of the data directory holding the per-customer keys (back it up with the database). */
    public static final String KEYS_FOLDER = "customer-keys";

    /**
     * Inserts or replaces the profile if its {@code cloudVersion} is newer than the cached one.
     *
     * @return true if stored, false if the cache already had this or a newer version (idempotent)
     */
    public boolean upsert(CustomerProfile profile) {
        return database.inTransaction(c -> {
            Optional<Long> cached = customers.version(c, profile.customerId());
            if (cached.isPresent() && cached.get() >= profile.cloudVersion()) {
                return false;
            }
            customers.merge(c, profile, clock.instant());
            return true;
        });
    }

    public Optional<CustomerProfile> find(String customerId) {
        return database.inTransaction(c -> customers.find(c, "customer_id", customerId));
    }

    public Optional<CustomerProfile> findByLoyaltyId(String loyaltyId) {
        return database.inTransaction(c -> customers.find(c, "loyalty_id", loyaltyId));
    }

    /**
     * What the customer bought in their {@code limit} most recent paid orders at this terminal, newest first: item ids
     * only, read from the purchase index (no order documents), so 1,000 orders cost a few milliseconds.
     */
    public List<PastOrder> purchaseHistory(String customerId, int limit) {
        return database.inTransaction(c -> orders.recentPurchases(c, customerId, limit)).stream()
                .map(p -> new PastOrder(p.at(), p.itemIds())).toList();
    }

    /** The customer's most recent orders at this terminal, newest first. */
    public List<Order> orderHistory(String customerId, int limit) {
        return database.inTransaction(c -> orders.byCustomer(c, customerId, limit));
    }

    /**
     * Forgets the customer: profile, palm template, phone, the purchase index behind their recommendations,
     * rejected identifications and wrong second-factor answers, and destroys both their keys. Their past orders keep
     * the id for the books.
     */
    public void delete(String customerId) {
        database.inTransaction(c -> delete(c, customerId));
    }

    /** As {@link #delete(String)}, inside the caller's transaction {@code tx}; returns whether a profile existed. */
    public boolean delete(Connection tx, String customerId) throws SQLException {
        for (String table : List.of("palm_templates", "customer_phones", "purchase_index",
                "identification_rejections", "second_factor_strikes")) {
            delete(tx, table, customerId);
        }
        boolean found = delete(tx, "customers", customerId) > 0;
        // the keys go last: if a delete above fails, the rows stay readable and the caller's transaction rolls back
        keys.shred(customerId, CustomerKeys.Purpose.BIOMETRIC);
        keys.shred(customerId, CustomerKeys.Purpose.PERSONAL);
        return found;
    }

    /**
     * Stores (or replaces) a palm template, sealed with the customer's biometric key and bound to the customer id.
     * The bytes are the scanner's format, opaque here; they are never logged.
     */
    public void savePalmTemplate(String customerId, byte[] template) {
        if (template == null || template.length == 0) {
            throw new IllegalArgumentException("palm template for " + customerId + " is empty: enroll again");
        }
        byte[] sealed = keys.seal(customerId, CustomerKeys.Purpose.BIOMETRIC, template);
        database.inTransaction(c -> {
            templates.save(c, customerId, sealed, clock.instant());
            return null;
        });
    }

    /**
     * The customer's template, decrypted.
     *
     * @throws KeyException if the stored bytes were altered, copied from another customer or sealed with another key
     */
    public Optional<byte[]> palmTemplate(String customerId) {
        return database.inTransaction(c -> templates.find(c, customerId)).map(this::open);
    }

    /**
     * Every readable template by customer id, decrypted, to build the matcher's gallery at start-up. O(templates),
     * about 10 µs each. A template that does not decrypt (altered, or another terminal's key) is left out with a
     * warning naming the customer, so it can never match anyone.
     */
    public Map<String, byte[]> allPalmTemplates() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (TemplateRepository.Row row : database.inTransaction(templates::all)) {
            try {
                out.put(row.customerId(), open(row));
            } catch (KeyException e) {
                LOG.warn("Palm template of customer {} left out: {}", row.customerId(), e.getMessage());
            }
        }
        return out;
    }

    /**
     * Encrypts templates, profiles and phones stored in plaintext by a version before encryption was applied.
     * Idempotent; returns how many it sealed. The plaintext they replace lingers in free pages of the (itself
     * encrypted) database file until H2 reuses or compacts them.
     *
     * <p>Safe while the terminal is in use (the terminal runs it in the background after the cashier window shows):
     * one pass without locks finds the rows, then each is sealed in its own short transaction that locks that row,
     * reads it again and leaves it alone if someone sealed or replaced it meanwhile, so a concurrent enrollment or
     * profile update is neither overwritten nor kept waiting longer than one row's sealing. Every reader opens
     * both forms, so a row not sealed yet still reads. O(customers) for the pass: tens of seconds at 100,000.
     */
    public int sealLegacyTemplates() {
        record Todo(List<String> templates, List<String> profiles, List<String> phones) {
        }
        Todo todo = database.inTransaction(c -> new Todo(templates.needingSeal(c, CustomerStore::needsSealing),
                customers.unsealed(c), phones.unsealed(c)));
        int sealed = 0;
        for (String id : todo.templates()) {
            sealed += database.inTransaction(c -> {
                Optional<TemplateRepository.Row> row = templates.findForUpdate(c, id);
                if (row.isEmpty() || !needsSealing(row.get())) {
                    return 0;
                }
                byte[] plain = row.get().sealed() ? cipher.decrypt(id, row.get().bytes()) : row.get().bytes();
                templates.save(c, id, keys.seal(id, CustomerKeys.Purpose.BIOMETRIC, plain), clock.instant());
                return 1;
            });
        }
        for (String id : todo.profiles()) {
            sealed += database.inTransaction(c -> {
                if (!customers.unsealedForUpdate(c, id)) {
                    return 0;
                }
                Optional<CustomerProfile> profile = customers.find(c, "customer_id", id);
                if (profile.isEmpty()) {
                    return 0;
                }
                customers.merge(c, profile.get(), clock.instant());
                return 1;
            });
        }
        for (String id : todo.phones()) {
            sealed += database.inTransaction(c -> {
                if (!phones.unsealedForUpdate(c, id)) {
                    return 0;
                }
                Optional<String> digits = phones.digits(c, id);
                if (digits.isEmpty()) {
                    return 0;
                }
                phones.save(c, id, digits.get());
                return 1;
            });
        }
        if (sealed > 0) {
            LOG.info("Sealed {} templates, profiles and phones with their customers' keys (stored by an older version)",
                    sealed);
        }
        return sealed;
    }

    private static boolean needsSealing(TemplateRepository.Row row) {
        return !row.sealed() || row.bytes().length == 0 || row.bytes()[0] != CustomerKeys.VERSION;
    }

    /** Deletes only the palm template (the customer withdrew biometric consent); returns whether one existed. */
    public boolean deletePalmTemplate(String customerId) {
        return database.inTransaction(c -> deletePalmTemplate(c, customerId));
    }

    /**
     * As {@link #deletePalmTemplate(String)}, inside the caller's transaction {@code tx}; also destroys the customer's
     * biometric key, so a copy of the template left in a free page of the database file cannot be opened.
     */
    public boolean deletePalmTemplate(Connection tx, String customerId) throws SQLException {
        boolean found = templates.delete(tx, customerId);
        keys.shred(customerId, CustomerKeys.Purpose.BIOMETRIC);
        return found;
    }

    /**
     * Records that the customer was identified here now: the retention period of their template counts from their
     * last interaction. Returns false if they have no template here.
     */
    public boolean markSeen(String customerId) {
        return database.inTransaction(c -> templates.markSeen(c, customerId, clock.instant()));
    }

    /**
     * Customers holding a template here whose last interaction at this terminal (template stored, identification
     * recorded by {@link #markSeen}, or an order of theirs) is before {@code cutoff}. One indexed query.
     */
    public List<String> templatesIdleSince(Instant cutoff) {
        return database.inTransaction(c -> templates.idleSince(c, cutoff));
    }

    /** Stores the customer's phone number (digits kept, the rest dropped), or forgets it when null or blank. */
    public void savePhone(String customerId, String phone) {
        database.inTransaction(c -> phones.save(c, customerId, phone));
    }

    /**
     * Everything this terminal holds about each customer it knows (a profile, a phone or a template), opened, by
     * customer id: for the privacy search, which filters sealed names and phones in memory. Three queries and
     * O(customers) decryptions (AES-GCM of a few dozen bytes each); in the caller's transaction.
     */
    public List<HeldCustomer> held(Connection c) throws SQLException {
        Map<String, CustomerProfile> profiles = customers.all(c);
        java.util.SortedSet<String> ids = new java.util.TreeSet<>(profiles.keySet());
        java.util.Set<String> withTemplate = new java.util.HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT customer_id FROM palm_templates");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                withTemplate.add(rs.getString(1));
            }
        }
        Map<String, String> phoneDigits = phones.all(c);
        ids.addAll(withTemplate);
        ids.addAll(phoneDigits.keySet());
        List<HeldCustomer> out = new java.util.ArrayList<>();
        for (String id : ids) {
            out.add(new HeldCustomer(id, Optional.ofNullable(profiles.get(id)), Optional.ofNullable(phoneDigits.get(id)),
                    withTemplate.contains(id)));
        }
        return out;
    }

    /** What this terminal holds about {@code customerId}, opened; in the caller's transaction. */
    public HeldCustomer held(Connection c, String customerId) throws SQLException {
        return new HeldCustomer(customerId, customers.find(c, "customer_id", customerId), phones.digits(c, customerId),
                templates.find(c, customerId).isPresent());
    }

    /**
     * Loyalty members (customers with a loyalty number) whose phone on file matches {@code typed} by
     * {@link PhoneTail}, at most {@code limit}, by customer id; empty if {@code typed} is not shaped like a phone
     * number. Reads only this terminal's cache; one indexed query plus one per member found. The number is never
     * logged.
     */
    public List<CustomerProfile> findMembersByPhone(String typed, int limit) {
        Optional<String> tail = PhoneTail.of(typed);
        if (tail.isEmpty()) {
            return List.of();
        }
        return database.inTransaction(c -> {
            List<CustomerProfile> out = new java.util.ArrayList<>();
            for (String id : phones.membersWithTail(c, tail.get())) {
                if (out.size() < limit) {
                    customers.find(c, "customer_id", id).ifPresent(out::add);
                }
            }
            return out;
        });
    }

    /** The last four digits of the customer's phone, if a phone is on file. */
    public Optional<String> phoneLastFour(String customerId) {
        return database.inTransaction(c -> phones.digits(c, customerId)).filter(d -> d.length() >= 4)
                .map(d -> d.substring(d.length() - 4));
    }

    /** Seals {@code text} (e.g. a message's personal fields) with the customer's personal key. */
    public String sealPersonal(String customerId, String text) {
        return keys.sealText(customerId, CustomerKeys.Purpose.PERSONAL, text);
    }

    /**
     * Opens what {@link #sealPersonal} sealed (text not sealed is returned as is).
     *
     * @throws KeyException if the customer was erased meanwhile: the text is gone for good
     */
    public String openPersonal(String customerId, String sealed) {
        return keys.openText(customerId, CustomerKeys.Purpose.PERSONAL, sealed);
    }

    private byte[] open(TemplateRepository.Row row) {
        if (!row.sealed()) {
            return row.bytes();
        }
        return row.bytes().length > 0 && row.bytes()[0] == CustomerKeys.VERSION
                ? keys.open(row.customerId(), CustomerKeys.Purpose.BIOMETRIC, row.bytes())
                : cipher.decrypt(row.customerId(), row.bytes());
    }

    private static int delete(Connection c, String table, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE customer_id = ?")) {
            Jdbc.bind(s, customerId);
            return s.executeUpdate();
        }
    }

    /**
     * Records that the cashier rejected a palm identification of {@code customerId} as wrong (the matcher's false
     * accept, seen at the counter). One small insert.
     *
     * @param score the matcher's similarity of the rejected identification (0..1)
     * @param orderId the order the customer was detached from, or null when none was open
     */
    public void recordRejectedIdentification(String customerId, double score, String orderId, String staffId) {
        if (customerId == null || staffId == null) {
            throw new IllegalArgumentException("a rejected identification needs the customer and staff ids");
        }
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO identification_rejections"
                    + " (customer_id, score, order_id, staff_id, rejected_at) VALUES (?, ?, ?, ?, ?)")) {
                Jdbc.bind(s, customerId, score, orderId, staffId, clock.instant());
                return s.executeUpdate();
            }
        });
    }

    /** How many identifications of {@code customerId} were rejected (a re-enrollment hint for the manager). */
    public int rejectedIdentifications(String customerId) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM identification_rejections WHERE customer_id = ?")) {
                Jdbc.bind(s, customerId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
