package com.palmpos.pos.outbox;

import com.palmpos.pos.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional outbox: business code appends inside its own transaction; the sync worker reads batches in commit
 * order and marks them delivered, retried or rejected. Messages of one entity are handed out strictly in order: a
 * message waits while an earlier one of the same entity waits for a retry. Thread-safe (all state is in H2).
 */
public final class OutboxStore {
    private static final String COLUMNS =
            "seq, message_id, entity_type, entity_id, kind, payload, created_at, attempts, last_error";

    private static final int PURGE_CHUNK = 5_000;

    private final Database database;
    private final Clock clock;

    public OutboxStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Appends {@code message} in the caller's transaction {@code tx}; it becomes visible when that commits. */
    public void append(Connection tx, OutboxMessage message) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO outbox (message_id, entity_type, entity_id, kind,"
                + " payload, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, message.messageId());
            insert.setString(2, message.entityType());
            insert.setString(3, message.entityId());
            insert.setString(4, message.kind());
            insert.setString(5, message.payloadJson());
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
        }
    }

    /** Up to {@code limit} messages due now, in commit order, never overtaking a waiting earlier message of the same entity. */
    public List<OutboxEntry> nextBatch(int limit) {
        Timestamp now = Timestamp.from(clock.instant());
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox o"
                    + " WHERE o.status = 'PENDING' AND o.next_attempt_at <= ? AND NOT EXISTS (SELECT 1 FROM outbox p"
                    + "   WHERE p.entity_type = o.entity_type AND p.entity_id = o.entity_id AND p.seq < o.seq"
                    + "   AND (p.status = 'REJECTED' OR (p.status = 'PENDING' AND p.next_attempt_at > ?)))"
                    + " ORDER BY o.seq FETCH FIRST ? ROWS ONLY")) {
                select.setTimestamp(1, now);
                select.setTimestamp(2, now);
                select.setInt(3, limit);
                return readEntries(select);
            }
        });
    }

    /** Marks messages delivered (the cloud acknowledged them). Idempotent. */
    public void markDelivered(Collection<Long> seqs) {
        Timestamp now = Timestamp.from(clock.instant());
        database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE outbox SET status = 'DELIVERED', delivered_at = ?, last_error = NULL WHERE seq = ? AND status = 'PENDING'")) {
                for (long seq : seqs) {
                    update.setTimestamp(1, now);
                    update.setLong(2, seq);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /** Records a transient failure; the message is handed out again at {@code retryAt}. */
    public void markRetry(long seq, String error, Instant retryAt) {
        update("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE seq = ? AND status = 'PENDING'",
                truncate(error), Timestamp.from(retryAt), seq);
    }

    /**
     * Records that the cloud refused the message for good (e.g. a declined offline payment). It is kept, blocks later
     * messages of the same entity, and is counted in {@link OutboxStats#rejected()} for a manager to resolve.
     */
    public void markRejected(long seq, String error) {
        update("UPDATE outbox SET attempts = attempts + 1, status = 'REJECTED', last_error = ? WHERE seq = ? AND status = 'PENDING'",
                truncate(error), seq);
    }

    /** Counts for the status bar; cheap (indexed). */
    /** How many distinct entities of {@code entityType} (e.g. {@code "order"}) have messages still pending. */
    public long pendingEntities(String entityType) {
        return database.inTransaction(c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(DISTINCT entity_id) FROM outbox"
                    + " WHERE status = 'PENDING' AND entity_type = ?")) {
                count.setString(1, entityType);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public OutboxStats stats() {
        return database.inTransaction(c -> {
            long pending = 0;
            long rejected = 0;
            Optional<Instant> oldest = Optional.empty();
            try (PreparedStatement counts = c.prepareStatement(
                    "SELECT status, COUNT(*), MIN(created_at) FROM outbox WHERE status <> 'DELIVERED' GROUP BY status");
                 ResultSet rs = counts.executeQuery()) {
                while (rs.next()) {
                    if ("PENDING".equals(rs.getString(1))) {
                        pending = rs.getLong(2);
                        oldest = Optional.of(rs.getTimestamp(3).toInstant());
                    } else {
                        rejected = rs.getLong(2);
                    }
                }
            }
            Optional<String> lastError = Optional.empty();
            try (PreparedStatement error = c.prepareStatement("SELECT last_error FROM outbox WHERE status <> 'DELIVERED'"
                    + " AND last_error IS NOT NULL ORDER BY next_attempt_at DESC FETCH FIRST 1 ROWS ONLY");
                 ResultSet rs = error.executeQuery()) {
                if (rs.next()) {
                    lastError = Optional.of(rs.getString(1));
                }
            }
            return new OutboxStats(pending, oldest, rejected, lastError);
        });
    }

    /** Messages the cloud refused, oldest first, for the manager's attention. */
    public List<OutboxEntry> rejected() {
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM outbox WHERE status = 'REJECTED' ORDER BY seq")) {
                return readEntries(select);
            }
        });
    }

    /**
     * Deletes messages delivered before {@code cutoff}, in transactions of at most {@value #PURGE_CHUNK} rows so a
     * large backlog never holds one long lock; pending and rejected messages are never purged. Returns how many.
     */
    public int purgeDelivered(Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = database.inTransaction(c -> {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox WHERE status = 'DELIVERED'"
                        + " AND delivered_at < ? FETCH FIRST " + PURGE_CHUNK + " ROWS ONLY")) {
                    delete.setTimestamp(1, Timestamp.from(cutoff));
                    return delete.executeUpdate();
                }
            });
            total += deleted;
        } while (deleted == PURGE_CHUNK);
        return total;
    }

    private void update(String sql, Object... args) {
        database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    update.setObject(i + 1, args[i]);
                }
                return update.executeUpdate();
            }
        });
    }

    private static List<OutboxEntry> readEntries(PreparedStatement select) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                OutboxMessage message = new OutboxMessage(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6));
                entries.add(new OutboxEntry(rs.getLong(1), message, rs.getTimestamp(7).toInstant(), rs.getInt(8),
                        rs.getString(9)));
            }
        }
        return entries;
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
