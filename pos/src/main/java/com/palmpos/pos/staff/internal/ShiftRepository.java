package com.palmpos.pos.staff.internal;

import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.staff.Shift;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.Optional;

/** JDBC access to shifts; works in the caller's transaction. Stateless. */
public final class ShiftRepository {
    private static final String COLUMNS = "shift_id, terminal_id, staff_id, opened_at, opening_float, closed_at,"
            + " expected_cash, counted_cash, currency";

    public Optional<Shift> openAt(Connection c, String terminalId) throws SQLException {
        return one(c, "WHERE terminal_id = ? AND closed_at IS NULL", terminalId);
    }

    public Optional<Shift> find(Connection c, String shiftId) throws SQLException {
        return one(c, "WHERE shift_id = ?", shiftId);
    }

    public void insert(Connection c, Shift s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO shifts (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(p, s.shiftId(), s.terminalId(), s.staffId(), s.openedAt(), s.openingFloat().minor(), null, null,
                    null, s.openingFloat().currency().getCurrencyCode());
            p.executeUpdate();
        }
    }

    public void close(Connection c, Shift s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE shifts SET closed_at = ?, expected_cash = ?, counted_cash = ? WHERE shift_id = ? AND closed_at IS NULL")) {
            Jdbc.bind(p, s.closedAt(), s.expectedCash().minor(), s.countedCash().minor(), s.shiftId());
            p.executeUpdate();
        }
    }

    private Optional<Shift> one(Connection c, String where, Object arg) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM shifts " + where)) {
            Jdbc.bind(p, arg);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Currency cur = Currency.getInstance(rs.getString(9));
                long expected = rs.getLong(7);
                boolean closed = !rs.wasNull();
                return Optional.of(new Shift(rs.getString(1), rs.getString(2), rs.getString(3),
                        Jdbc.instant(rs.getTimestamp(4)), Money.ofMinor(rs.getLong(5), cur), Jdbc.instant(rs.getTimestamp(6)),
                        closed ? Money.ofMinor(expected, cur) : null, closed ? Money.ofMinor(rs.getLong(8), cur) : null));
            }
        }
    }
}
