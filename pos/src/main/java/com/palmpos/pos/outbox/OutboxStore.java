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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional outbox: business code appends inside its own transaction; the sync worker reads batches in commit
 * order and marks them delivered, retried or rejected. Messages of one entity are handed out strictly in order: a
 * message waits while an earlier one of the same entity waits for a retry. Thread-safe (all state is in H2).
 */
public final class OutboxStore {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxStore.class);
    private static final String COLUMNS =
            "seq, message_id, entity_type, entity_id, kind, payload, created_at, attempts, last_error";

    private static final int PURGE_CHUNK = 5_000;

    private final Database database;
    private final Clock clock;
    private final List<Runnable> commitListeners = new CopyOnWriteArrayList<>();

    public OutboxStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Calls {@code listener} each time a writer reports that messages it appended are committed ({@link #committed()}),
     * e.g. to wake the sync worker at once instead of after its idle pause. The listener runs on the writer's thread:
     * it must be quick and must not block.
     */
    public void addCommitListener(Runnable listener) {
        commitListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeCommitListener(Runnable listener) {
        commitListeners.remove(listener);
    }

    /**
     * Says that a transaction which appended messages has committed; writers call it after their transaction returns.
     * Cheap; a failing listener is logged and the others are still told.
     */
    public void committed() {
        for (Runnable listener : commitListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("Outbox commit listener failed", e);
            }
        }
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

    /**
     * Every due message of up to {@code maxEntities} entities, so an order goes out whole (all its snapshots at once)
     * rather than cut at a message count: the entities are those whose oldest due message comes first in commit order,
     * and their messages come in commit order too. Per-entity order is kept as in {@link #nextBatch}: an entity is
     * skipped while an earlier message of it waits for a retry or was rejected, and an entity's messages stop at the
     * first one not yet due. At most {@code maxMessages} messages in all, but never fewer than the first entity's, so
     * one very long entity still moves.
     */
    public List<OutboxEntry> nextEntities(int maxEntities, int maxMessages) {
        if (maxEntities < 1 || maxMessages < 1) {
            throw new IllegalArgumentException("maxEntities and maxMessages must be >= 1, got " + maxEntities + " and "
                    + maxMessages);
        }
        Timestamp now = Timestamp.from(clock.instant());
        return database.inTransaction(c -> {
            // 1: the entities, by their oldest due message; keys only, so a long backlog costs little to scan
            Map<List<String>, Long> heads = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT o.entity_type, o.entity_id, o.seq FROM outbox o"
                    + " WHERE o.status = 'PENDING' AND o.next_attempt_at <= ? AND NOT EXISTS (SELECT 1 FROM outbox p"
                    + "   WHERE p.entity_type = o.entity_type AND p.entity_id = o.entity_id AND p.seq < o.seq"
                    + "   AND (p.status = 'REJECTED' OR (p.status = 'PENDING' AND p.next_attempt_at > ?)))"
                    + " ORDER BY o.seq FETCH FIRST ? ROWS ONLY")) {
                select.setTimestamp(1, now);
                select.setTimestamp(2, now);
                // an entity rarely leaves more than a dozen messages: scan that much, not the whole backlog
                select.setInt(3, (int) Math.min(maxMessages, 16L * maxEntities));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next() && (heads.size() < maxEntities
                            || heads.containsKey(List.of(rs.getString(1), rs.getString(2))))) {
                        heads.putIfAbsent(List.of(rs.getString(1), rs.getString(2)), rs.getLong(3));
                    }
                }
            }
            // 2: all of each entity's due messages from its head on, in one indexed query, up to the message limit
            Map<List<String>, List<OutboxEntry>> byEntity = new LinkedHashMap<>();
            heads.keySet().forEach(key -> byEntity.put(key, new ArrayList<>()));
            Set<List<String>> stopped = new HashSet<>();
            if (!heads.isEmpty()) {
                try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + ", next_attempt_at FROM outbox"
                        + " WHERE entity_id = ANY(?) AND status = 'PENDING' ORDER BY seq")) {
                    select.setObject(1, heads.keySet().stream().map(key -> key.get(1)).distinct().toArray(String[]::new));
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            List<String> key = List.of(rs.getString(3), rs.getString(4));
                            Long head = heads.get(key);
                            if (head == null || rs.getLong(1) < head || stopped.contains(key)) {
                                continue;
                            }
                            if (rs.getTimestamp(10).after(now)) {
                                stopped.add(key); // keep the entity's order: nothing after a message not yet due
                                continue;
                            }
                            byEntity.get(key).add(readEntry(rs));
                        }
                    }
                }
            }
            List<OutboxEntry> entries = new ArrayList<>();
            for (List<OutboxEntry> ofEntity : byEntity.values()) {
                if (!entries.isEmpty() && entries.size() + ofEntity.size() > maxMessages) {
                    break;
                }
                entries.addAll(ofEntity);
            }
            entries.sort(Comparator.comparingLong(OutboxEntry::seq));
            return entries;
        });
    }

    /** Marks messages delivered (the cloud acknowledged them). Idempotent. */
    public void markDelivered(Collection<Long> seqs) {
        Timestamp now = Timestamp.from(clock.instant());
        database.inTransaction(c -> {
            // one statement for the whole round (a round of 500 orders marks thousands of snapshots)
            try (PreparedStatement update = c.prepareStatement("UPDATE outbox SET status = 'DELIVERED', delivered_at = ?,"
                    + " last_error = NULL WHERE seq = ANY(?) AND status = 'PENDING'")) {
                update.setTimestamp(1, now);
                update.setObject(2, seqs.toArray(Long[]::new));
                return update.executeUpdate();
            }
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
                entries.add(readEntry(rs));
            }
        }
        return entries;
    }

    private static OutboxEntry readEntry(ResultSet rs) throws SQLException {
        OutboxMessage message = new OutboxMessage(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6));
        return new OutboxEntry(rs.getLong(1), message, rs.getTimestamp(7).toInstant(), rs.getInt(8), rs.getString(9));
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
