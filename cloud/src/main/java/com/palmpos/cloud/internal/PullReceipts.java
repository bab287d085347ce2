package com.palmpos.cloud.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * What each terminal has applied of the customer feed. A terminal saves a page's cursor only after applying the page,
 * so the cursor it sends with its next pull confirms every change up to it; the customer web pages use this to show
 * when an erasure has reached every terminal that held the customer.
 */
public final class PullReceipts {
    private PullReceipts() {
    }

    /** Records that the calling terminal has applied the feed up to change number {@code confirmedSeq}. */
    static void confirm(Connection tx, Caller caller, long confirmedSeq, Instant now) throws SQLException {
        if (caller.terminalId() == null) {
            return;
        }
        try (PreparedStatement update = tx.prepareStatement("UPDATE terminal_pull SET confirmed_seq = ?, at = ?"
                + " WHERE terminal_id = ? AND confirmed_seq <= ?")) {
            update.setLong(1, confirmedSeq);
            update.setTimestamp(2, Timestamp.from(now));
            update.setString(3, caller.terminalId());
            update.setLong(4, confirmedSeq);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO terminal_pull (terminal_id, store_id,"
                + " confirmed_seq, at) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM terminal_pull WHERE terminal_id = ?)")) {
            insert.setString(1, caller.terminalId());
            insert.setString(2, caller.storeId());
            insert.setLong(3, confirmedSeq);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setString(5, caller.terminalId());
            insert.executeUpdate();
        }
    }
}
