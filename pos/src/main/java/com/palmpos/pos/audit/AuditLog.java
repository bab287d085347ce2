package com.palmpos.pos.audit;

import com.palmpos.pos.audit.internal.ChainHash;
import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The terminal's append-only audit log (table {@code audit_log}): who did what, when, to whom. There is no call to
 * change or remove an entry and the database refuses it too (a trigger). Each entry holds the SHA-256 of the one
 * before it, so {@link #verify()} detects an entry edited, inserted or removed by someone with direct file access.
 *
 * <p>Appends serialise on one head row: two terminals' threads never fork the chain. Thread-safe. Each append is one
 * small insert (well under a millisecond warm); call off the FX thread like any database work.
 */
public final class AuditLog {
    private static final int DETAIL_MAX = 500;
    private static final String COLUMNS = "seq, at, terminal_id, actor, action, subject, outcome, detail, prev_hash, hash";

    private final Database database;
    private final Clock clock;
    private final String terminalId;
    private final AuditAnchor anchor;

    public AuditLog(Database database, Clock clock, String terminalId) {
        this.database = database;
        this.clock = clock;
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        this.anchor = new AuditAnchor(database.dataDir());
    }

    /**
     * Copies the committed head of the chain to the anchor file outside the database ({@code <data>/audit-anchor}),
     * if it moved on. Called after each {@link #record}, after verification and by services after a transaction that
     * {@link #append appended}; cheap (one indexed read and a small file replace). A failure to write is logged by
     * the caller's next verification, never thrown into the business change.
     */
    public void anchor() {
        Optional<AuditAnchor.Head> head = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new AuditAnchor.Head(rs.getLong(1), rs.getString(2)))
                        : Optional.<AuditAnchor.Head>empty();
            }
        });
        head.ifPresent(anchor::advance);
    }

    /** The terminal every entry of this log names. */
    public String terminalId() {
        return terminalId;
    }

    /** Appends an entry in its own transaction and returns it. */
    public AuditEntry record(String actor, AuditAction action, String subject, String outcome, String detail) {
        AuditEntry entry = database.inTransaction(c -> append(c, actor, action, subject, outcome, detail));
        anchorQuietly();
        return entry;
    }

    /** As {@link #anchor()}, but a file problem is only logged: the audited change is committed already. */
    public void anchorQuietly() {
        try {
            anchor();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AuditLog.class).warn("Audit anchor not updated: {}", e.getMessage());
        }
    }

    /**
     * Appends an entry inside the caller's transaction {@code tx}: it is kept only if that commits, so an audited
     * change and its entry stand or fall together. Holds the chain's head lock until {@code tx} ends: keep it short.
     */
    public AuditEntry append(Connection tx, String actor, AuditAction action, String subject, String outcome,
                             String detail) throws SQLException {
        requireText(actor, "actor", 60);
        requireText(subject, "subject", 120);
        requireText(outcome, "outcome", 20);
        Objects.requireNonNull(action, "action");
        String text = detail == null ? "" : detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        // the column keeps microseconds; hash what will be read back
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long prevSeq;
        String prevHash;
        try (PreparedStatement head = tx.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit log's head row is missing: the database was altered, restore a backup");
            }
            prevSeq = rs.getLong(1);
            prevHash = rs.getString(2);
        }
        long seq = prevSeq + 1;
        String hash = ChainHash.of(prevHash, seq, at, terminalId, actor, action.name(), subject, outcome, text);
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO audit_log (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(insert, seq, at, terminalId, actor, action.name(), subject, outcome, text, prevHash, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement head = tx.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            Jdbc.bind(head, seq, hash);
            head.executeUpdate();
        }
        return new AuditEntry(seq, at, terminalId, actor, action, subject, outcome, text, prevHash, hash);
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq DESC FETCH FIRST ? ROWS ONLY", limit);
    }

    /** Every entry about {@code subject} (a customer, order, staff id...), oldest first. Indexed. */
    public List<AuditEntry> forSubject(String subject) {
        return query("SELECT " + COLUMNS + " FROM audit_log WHERE subject = ? ORDER BY seq", subject);
    }

    /** Entries with {@code from <= at < to}, oldest first, for the manager's audit screen and exports. */
    public List<AuditEntry> between(Instant from, Instant to) {
        return query("SELECT " + COLUMNS + " FROM audit_log WHERE at >= ? AND at < ? ORDER BY seq", from, to);
    }

    /**
     * Recomputes the whole chain: every row's hash from its fields and the previous row's hash, consecutive numbers,
     * the head matching the newest row (a cut-off tail), and the chain reaching the head anchored outside the database
     * with the same hash there (an emptied, shortened or rewritten log, even with the head row reset). When intact,
     * the anchor moves to the current head. O(entries), about a microsecond each plus the read.
     */
    public AuditVerification verify() {
        AuditVerification result = verifyTable();
        if (!result.intact()) {
            return result;
        }
        Optional<AuditAnchor.Head> anchored;
        try {
            anchored = anchor.read();
        } catch (IllegalStateException e) {
            return new AuditVerification(result.rowsChecked(), Optional.of(1L), Optional.of(e.getMessage()));
        }
        if (anchored.isPresent()) {
            AuditAnchor.Head a = anchored.get();
            if (result.rowsChecked() < a.seq()) {
                return new AuditVerification(result.rowsChecked(), Optional.of(result.rowsChecked() + 1),
                        Optional.of("the log was emptied or shortened: it ends at entry " + result.rowsChecked()
                                + " but entry " + a.seq() + " was recorded (" + anchor.file() + ")"));
            }
            Optional<String> hashThere = hashOf(a.seq());
            if (!hashThere.equals(Optional.of(a.hash()))) {
                return new AuditVerification(result.rowsChecked(), Optional.of(a.seq()), Optional.of("entry " + a.seq()
                        + " is not the one recorded in " + anchor.file() + ": the log was rewritten"));
            }
        }
        anchorQuietly();
        return result;
    }

    private Optional<String> hashOf(long seq) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT hash FROM audit_log WHERE seq = ?")) {
                Jdbc.bind(s, seq);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private AuditVerification verifyTable() {
        return database.inTransaction(c -> {
            String expectedPrev = ChainHash.GENESIS;
            long expectedSeq = 1;
            long checked = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e = read(rs);
                    checked++;
                    Optional<String> problem = check(e, expectedSeq, expectedPrev);
                    if (problem.isPresent()) {
                        return new AuditVerification(checked, Optional.of(e.seq()), problem);
                    }
                    expectedPrev = e.hash();
                    expectedSeq++;
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getLong(1) != expectedSeq - 1 || !rs.getString(2).equals(expectedPrev)) {
                    return new AuditVerification(checked, Optional.of(expectedSeq),
                            Optional.of("the newest entries were removed: the head points past entry " + (expectedSeq - 1)));
                }
            }
            return new AuditVerification(checked, Optional.empty(), Optional.empty());
        });
    }

    private static Optional<String> check(AuditEntry e, long expectedSeq, String expectedPrev) {
        if (e.seq() != expectedSeq) {
            return Optional.of("entry " + expectedSeq + " is missing (next is " + e.seq() + ")");
        }
        if (!e.prevHash().equals(expectedPrev)) {
            return Optional.of("entry " + e.seq() + " does not link to the entry before it");
        }
        String recomputed = ChainHash.of(e.prevHash(), e.seq(), e.at(), e.terminalId(), e.actor(), e.action().name(),
                e.subject(), e.outcome(), e.detail());
        return recomputed.equals(e.hash()) ? Optional.empty()
                : Optional.of("entry " + e.seq() + " was altered after it was written");
    }

    private List<AuditEntry> query(String sql, Object... args) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                Jdbc.bind(s, args);
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        AuditAction action;
        try {
            action = AuditAction.valueOf(rs.getString(5));
        } catch (IllegalArgumentException e) {
            throw new SQLException("audit entry " + rs.getLong(1) + " has an action this version does not know ("
                    + rs.getString(5) + "): update PalmPOS to read it", e);
        }
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), action,
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }

    private static void requireText(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("audit " + name + " must be 1.." + max + " characters, was: " + value);
        }
    }
}
