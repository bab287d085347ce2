package com.palmpos.pos.enrollment;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.consent.ConsentNotices;
import com.palmpos.pos.consent.ConsentStore;
import com.palmpos.pos.customer.LinkedCard;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A pos terminal on a real H2 file with the enrollment services wired as the app does, and a scripted tokenizer. */
final class EnrollmentFixture implements AutoCloseable {
    static final byte[] PALM = {1, 2, 3, 4, 5};

    final Terminal t;
    final ConsentStore consents;
    final EnrollmentService enrollment;
    final LoyaltyLinkService loyalty;
    final List<String> tokenized = new ArrayList<>();
    volatile EnrollmentException tokenizerFailure;

    EnrollmentFixture(Path dir) {
        this(dir, "t1", KnownPalms.NONE);
    }

    EnrollmentFixture(Path dir, String terminalId, KnownPalms known) {
        t = new Terminal(dir);
        consents = new ConsentStore(t.db, t.outbox, t.customers, t.clock, terminalId);
        CardTokenizer tokenizer = card -> {
            if (tokenizerFailure != null) {
                throw tokenizerFailure;
            }
            tokenized.add(card.last4());
            return new LinkedCard("tok_" + card.last4(), "VISA", card.last4());
        };
        enrollment = new EnrollmentService(t.db, t.customers, consents, ConsentNotices.load(), t.outbox, tokenizer,
                known, t.clock);
        loyalty = new LoyaltyLinkService(t.db, t.customers, t.outbox, enrollment);
    }

    /** A session with consent, palm and name: ready to commit. */
    EnrollmentSession ready() {
        EnrollmentSession session = enrollment.begin(java.util.Locale.ENGLISH);
        session.acceptConsent();
        session.palmTemplate(PALM);
        session.details("Ada Lovelace", "Ada", "ada@example.com", "+44 20 7946 0000");
        return session;
    }

    /** Row counts of every table an enrollment writes, to prove "no trace". */
    Map<String, Long> counts() {
        return t.db.inTransaction(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : List.of("customers", "palm_templates", "customer_phones", "consent_records", "outbox")) {
                counts.put(table, count(c, table));
            }
            return counts;
        });
    }

    private static long count(Connection c, String table) throws java.sql.SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        t.close();
    }
}
