package com.palmpos.cloud.internal;

import com.palmpos.pos.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rate limit on guessing activation codes: after {@link #MAX_FAILURES} wrong codes from one address within
 * {@link #WINDOW}, that address gets 429 until the oldest failure leaves the window. The failures live in the
 * database ({@code activation_failure}, migration V8), so every instance sharing it counts them together and a restart
 * forgets nothing. Each failure is written on a connection of its own: the registration's transaction is rolled back
 * with its refusal, the failure must stay. Thread-safe.
 */
final class ActivationAttempts {
    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Every this many failures, the rows older than the window are deleted (all addresses). */
    private static final int CLEAN_EVERY = 1000;
    private static final int MAX_REMOTE = 64;

    private final CloudDatabase db;
    private final AtomicLong failures = new AtomicLong();

    ActivationAttempts(CloudDatabase db) {
        this.db = db;
    }

    /** Refuses with 429 if {@code remote} has used up its failures. */
    void admit(String remote, Instant now) {
        try (Connection c = db.connection();
             PreparedStatement select = c.prepareStatement("SELECT COUNT(*), MIN(failed_at) FROM activation_failure"
                     + " WHERE remote = ? AND failed_at > ?")) {
            select.setString(1, key(remote));
            select.setTimestamp(2, Timestamp.from(now.minus(WINDOW)));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                if (rs.getLong(1) >= MAX_FAILURES) {
                    long wait = Duration.between(now, rs.getTimestamp(2).toInstant().plus(WINDOW)).toSeconds() + 1;
                    throw new ApiError(429, "too-many-attempts", "Too many attempts",
                            "too many wrong activation codes from this address: try again in " + wait + " s");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the activation attempts", e);
        }
    }

    void failed(String remote, Instant now) {
        try (Connection c = db.connection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO activation_failure (remote, failed_at) VALUES (?, ?)")) {
                insert.setString(1, key(remote));
                insert.setTimestamp(2, Timestamp.from(now));
                insert.executeUpdate();
            }
            if (failures.incrementAndGet() % CLEAN_EVERY == 0) {
                try (PreparedStatement clean = c.prepareStatement("DELETE FROM activation_failure WHERE failed_at < ?")) {
                    clean.setTimestamp(1, Timestamp.from(now.minus(WINDOW)));
                    clean.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record an activation attempt", e);
        }
    }

    private static String key(String remote) {
        String address = remote == null ? "unknown" : remote;
        return address.length() > MAX_REMOTE ? address.substring(0, MAX_REMOTE) : address;
    }
}
