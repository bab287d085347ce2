package com.palmpos.cloud.web;

import com.palmpos.cloud.internal.CloudDatabase;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every action on the customer pages (table {@code web_audit}, and one log line): what, how it ended, the
 * session's short reference and the customer when known. Never a contact, code or card detail. Thread-safe.
 */
final class WebAudit {
    private static final Logger LOG = LoggerFactory.getLogger("com.palmpos.cloud.web.audit");

    private final CloudDatabase db;
    private final Clock clock;
    private final String chainId;

    WebAudit(CloudDatabase db, Clock clock, String chainId) {
        this.db = db;
        this.clock = clock;
        this.chainId = chainId;
    }

    void record(String action, String outcome, Session session, String customerId) {
        db.inTransaction(tx -> {
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO web_audit (at, action, outcome, session_ref,"
                    + " customer_id, chain_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setTimestamp(1, Timestamp.from(clock.instant()));
                insert.setString(2, action);
                insert.setString(3, outcome);
                insert.setString(4, session.ref());
                insert.setString(5, customerId);
                insert.setString(6, chainId);
                insert.executeUpdate();
            }
            return null;
        });
        LOG.atInfo().setMessage("web").addKeyValue("action", action).addKeyValue("outcome", outcome)
                .addKeyValue("session", session.ref()).addKeyValue("customer", customerId == null ? "-" : customerId).log();
    }
}
