package com.palmpos.pos.consent;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.internal.Json;
import com.palmpos.pos.outbox.OutboxMessage;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The terminal's consent records (append-only) and the two decisions a customer can take after enrolling: accept a
 * (new) notice version, or withdraw. Each decision is stored with its outbox message for the cloud in one
 * transaction; a withdrawal also deletes the palm template in that transaction, so no template outlives its consent.
 * Thread-safe; every call is one small transaction: call it off the FX thread.
 */
public final class ConsentStore {
    /** Outbox entity type of every customer message; ordering per customer keeps enroll, consent and links in order. */
    public static final String ENTITY = "customer";
    public static final String KIND_ACCEPTED = "consent.accepted";
    public static final String KIND_WITHDRAWN = "consent.withdrawn";
    /** Payload schema of consent messages. */
    public static final String SCHEMA = "palmpos.consent.v1";

    private final Database database;
    private final OutboxStore outbox;
    private final CustomerStore customers;
    private final Clock clock;
    private final String terminalId;

    public ConsentStore(Database database, OutboxStore outbox, CustomerStore customers, Clock clock, String terminalId) {
        this.database = database;
        this.outbox = outbox;
        this.customers = customers;
        this.clock = clock;
        this.terminalId = terminalId;
    }

    /** Appends {@code record} in the caller's transaction (used by the enrollment commit). No outbox message. */
    public void append(Connection tx, ConsentRecord record) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("INSERT INTO consent_records (customer_id, notice_version,"
                + " decision, recorded_at, terminal_id) VALUES (?, ?, ?, ?, ?)")) {
            Jdbc.bind(s, record.customerId(), record.noticeVersion(), record.decision().name(), record.at(),
                    record.terminalId());
            s.executeUpdate();
        }
    }

    /** A record of {@code decision} for {@code customerId} now, at this terminal. */
    public ConsentRecord recordNow(String customerId, String noticeVersion, ConsentDecision decision) {
        return new ConsentRecord(customerId, noticeVersion, decision, clock.instant(), terminalId);
    }

    /** An acceptance of {@code noticeVersion} given at {@code at} at this terminal (not stored: see {@link #append}). */
    public ConsentRecord acceptedAt(String customerId, String noticeVersion, java.time.Instant at) {
        return new ConsentRecord(customerId, noticeVersion, ConsentDecision.ACCEPTED, at, terminalId);
    }

    /** The customer's newest decision, if any. */
    public Optional<ConsentRecord> latest(String customerId) {
        List<ConsentRecord> all = history(customerId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Whether the customer's newest decision is an acceptance (palm capture and identification allowed). */
    public boolean hasConsent(String customerId) {
        return latest(customerId).map(ConsentRecord::accepted).orElse(false);
    }

    /** Every decision of the customer, oldest first. */
    public List<ConsentRecord> history(String customerId) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT customer_id, notice_version, decision, recorded_at,"
                    + " terminal_id FROM consent_records WHERE customer_id = ? ORDER BY id")) {
                Jdbc.bind(s, customerId);
                List<ConsentRecord> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ConsentRecord(rs.getString(1), rs.getString(2),
                                ConsentDecision.valueOf(rs.getString(3)), Jdbc.instant(rs.getTimestamp(4)), rs.getString(5)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * The customer accepts {@code notice} (e.g. a newer version than they enrolled under). Stored and queued for the
     * cloud in one transaction.
     *
     * @throws IllegalArgumentException if the customer is not in this terminal's cache
     */
    public ConsentRecord accept(String customerId, ConsentNotice notice) {
        requireKnown(customerId);
        ConsentRecord record = recordNow(customerId, notice.version(), ConsentDecision.ACCEPTED);
        database.inTransaction(tx -> {
            append(tx, record);
            outbox.append(tx, message(record));
            return null;
        });
        return record;
    }

    /**
     * Withdraws the customer's biometric consent: records the withdrawal, deletes their palm template and queues the
     * withdrawal for the cloud (which erases its copies), all in one transaction. Their profile and orders stay.
     * Idempotent in effect: withdrawing again records nothing new.
     *
     * @return the withdrawal, or empty if there was no consent to withdraw
     */
    public Optional<ConsentRecord> withdraw(String customerId) {
        Optional<ConsentRecord> latest = latest(customerId);
        if (latest.isEmpty() || !latest.get().accepted()) {
            customers.deletePalmTemplate(customerId); // belt and braces: no consent, no template
            return Optional.empty();
        }
        ConsentRecord record = recordNow(customerId, latest.get().noticeVersion(), ConsentDecision.WITHDRAWN);
        database.inTransaction(tx -> {
            append(tx, record);
            customers.deletePalmTemplate(customerId); // joins this transaction
            outbox.append(tx, message(record));
            return null;
        });
        return Optional.of(record);
    }

    /** The outbox message of a consent decision, in the cloud contract's {@code ConsentDecision} shape. */
    public static OutboxMessage message(ConsentRecord record) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("schema", SCHEMA);
        payload.put("customerId", record.customerId());
        payload.put("decision", record.accepted() ? "GRANTED" : "WITHDRAWN");
        payload.put("policyVersion", record.noticeVersion());
        payload.put("decidedAt", record.at());
        payload.put("channel", "counter");
        payload.put("terminalId", record.terminalId());
        return OutboxMessage.of(ENTITY, record.customerId(), record.accepted() ? KIND_ACCEPTED : KIND_WITHDRAWN,
                Json.write(payload));
    }

    private void requireKnown(String customerId) {
        if (customers.find(customerId).isEmpty()) {
            throw new RefusedArgumentException(RefusalCode.CUSTOMER_UNKNOWN, "customer " + customerId
                    + " is not known at this terminal: identify or enroll them first", customerId);
        }
    }
}
