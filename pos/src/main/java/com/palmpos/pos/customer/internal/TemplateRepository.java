package com.palmpos.pos.customer.internal;

import com.palmpos.pos.internal.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to stored palm templates (bytes as stored: sealed or legacy plaintext); caller's transaction. Stateless. */
public final class TemplateRepository {
    /** A stored template; {@code sealed} false means a plaintext row written before encryption was applied. */
    public record Row(String customerId, byte[] bytes, boolean sealed) {
    }

    public void save(Connection c, String customerId, byte[] sealed, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO palm_templates (customer_id, template, sealed, updated_at)"
                + " KEY (customer_id) VALUES (?, ?, TRUE, ?)")) {
            Jdbc.bind(s, customerId, sealed, now);
            s.executeUpdate();
        }
    }

    public Optional<Row> find(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT customer_id, template, sealed FROM palm_templates WHERE customer_id = ?")) {
            Jdbc.bind(s, customerId);
            List<Row> rows = read(s);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        }
    }

    public List<Row> all(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT customer_id, template, sealed FROM palm_templates")) {
            return read(s);
        }
    }

    /**
     * The customers whose stored template {@code needsSealing} judges to need sealing, one pass over the rows without
     * locks, keeping only the ids (the bytes of 100,000 templates are not held at once).
     */
    public List<String> needingSeal(Connection c, java.util.function.Predicate<Row> needsSealing) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT customer_id, template, sealed FROM palm_templates");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (needsSealing.test(new Row(rs.getString(1), rs.getBytes(2), rs.getBoolean(3)))) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The customer's template row, locked until the caller's transaction ends; empty if there is none. */
    public Optional<Row> findForUpdate(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT customer_id, template, sealed FROM palm_templates WHERE customer_id = ? FOR UPDATE")) {
            Jdbc.bind(s, customerId);
            List<Row> rows = read(s);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        }
    }

    public List<Row> legacy(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT customer_id, template, sealed FROM palm_templates WHERE NOT sealed FOR UPDATE")) {
            return read(s);
        }
    }

    public boolean delete(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM palm_templates WHERE customer_id = ?")) {
            Jdbc.bind(s, customerId);
            return s.executeUpdate() == 1;
        }
    }

    public boolean markSeen(Connection c, String customerId, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE palm_templates SET last_seen_at = ? WHERE customer_id = ?")) {
            Jdbc.bind(s, at, customerId);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Customers whose template was neither stored, nor used for an identification, nor followed by an order of theirs
     * at this terminal since {@code cutoff}.
     */
    public List<String> idleSince(Connection c, Instant cutoff) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT t.customer_id FROM palm_templates t"
                + " WHERE COALESCE(t.last_seen_at, t.updated_at) < ? AND t.updated_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = t.customer_id AND o.opened_at >= ?)"
                + " ORDER BY t.customer_id")) {
            Jdbc.bind(s, cutoff, cutoff, cutoff);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private static List<Row> read(PreparedStatement s) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Row(rs.getString(1), rs.getBytes(2), rs.getBoolean(3)));
            }
        }
        return out;
    }
}
