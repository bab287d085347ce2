package com.palmpos.pos.staff.internal;

import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.staff.Role;
import com.palmpos.pos.staff.StaffMember;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to staff rows; works in the caller's transaction. Stateless. */
public final class StaffRepository {
    /** A staff row with its credential fields. */
    public record Row(StaffMember member, byte[] hash, byte[] salt, int iterations, int failedAttempts, Instant lockedUntil,
            int lockouts) {
    }

    public Optional<Row> find(Connection c, String staffId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT staff_id, name, role, must_change_pin, pin_hash, pin_salt,"
                + " pin_iterations, failed_attempts, locked_until, lockouts FROM staff WHERE staff_id = ? AND active")) {
            Jdbc.bind(s, staffId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                StaffMember m = new StaffMember(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4));
                return Optional.of(new Row(m, rs.getBytes(5), rs.getBytes(6), rs.getInt(7), rs.getInt(8),
                        Jdbc.instant(rs.getTimestamp(9)), rs.getInt(10)));
            }
        }
    }

    public long count(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM staff")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public List<StaffMember> all(Connection c) throws SQLException {
        List<StaffMember> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT staff_id, name, role, must_change_pin FROM staff WHERE active ORDER BY name")) {
            while (rs.next()) {
                out.add(new StaffMember(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4)));
            }
        }
        return out;
    }

    public void insert(Connection c, StaffMember m, byte[] hash, byte[] salt, int iterations) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO staff (staff_id, name, role, pin_hash, pin_salt,"
                + " pin_iterations, must_change_pin) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(s, m.staffId(), m.name(), m.role().name(), hash, salt, iterations, m.mustChangePin());
            s.executeUpdate();
        }
    }

    public void setPin(Connection c, String staffId, byte[] hash, byte[] salt, int iterations, boolean mustChange) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE staff SET pin_hash = ?, pin_salt = ?, pin_iterations = ?,"
                + " must_change_pin = ?, failed_attempts = 0, locked_until = NULL, lockouts = 0 WHERE staff_id = ?")) {
            Jdbc.bind(s, hash, salt, iterations, mustChange, staffId);
            s.executeUpdate();
        }
    }

    /** Locks the account until {@code until}; {@code lockouts} counts the locks since the last right PIN or reset. */
    public void recordLock(Connection c, String staffId, int lockouts, Instant until) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE staff SET failed_attempts = 0, locked_until = ?, lockouts = ? WHERE staff_id = ?")) {
            Jdbc.bind(s, until, lockouts, staffId);
            s.executeUpdate();
        }
    }

    /** A right PIN or a manager's reset: no wrong PINs, no lock, the escalation starts again. */
    public void clearLock(Connection c, String staffId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE staff SET failed_attempts = 0, locked_until = NULL, lockouts = 0 WHERE staff_id = ?")) {
            Jdbc.bind(s, staffId);
            s.executeUpdate();
        }
    }

    public void recordAttempt(Connection c, String staffId, int failedAttempts, Instant lockedUntil) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE staff_id = ?")) {
            Jdbc.bind(s, failedAttempts, lockedUntil, staffId);
            s.executeUpdate();
        }
    }
}
