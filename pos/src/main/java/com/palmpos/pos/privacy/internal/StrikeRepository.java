package com.palmpos.pos.privacy.internal;

import com.palmpos.pos.internal.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Rows of {@code second_factor_strikes}: wrong second-factor answers per customer. Stateless; caller's transaction. */
public final class StrikeRepository {

    /** A customer's wrong answers in a row, and the end of their lockout (null while not locked). */
    public record Strikes(int count, Instant lockedUntil) {
    }

    public Optional<Strikes> find(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT wrong_answers, locked_until FROM second_factor_strikes WHERE customer_id = ?")) {
            Jdbc.bind(s, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Strikes(rs.getInt(1), Jdbc.instant(rs.getTimestamp(2))))
                        : Optional.empty();
            }
        }
    }

    public void save(Connection c, String customerId, Strikes strikes, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO second_factor_strikes (customer_id, wrong_answers,"
                + " locked_until, changed_at) KEY (customer_id) VALUES (?, ?, ?, ?)")) {
            Jdbc.bind(s, customerId, strikes.count(), strikes.lockedUntil(), now);
            s.executeUpdate();
        }
    }

    public void clear(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM second_factor_strikes WHERE customer_id = ?")) {
            Jdbc.bind(s, customerId);
            s.executeUpdate();
        }
    }
}
