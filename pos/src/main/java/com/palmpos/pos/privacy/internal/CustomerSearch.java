package com.palmpos.pos.privacy.internal;

import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.privacy.CustomerRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds cached customers by customer id, loyalty id, phone (4+ digits: the number or its end) or part of the name.
 * Works in the caller's transaction; stateless. A name search scans the customer table (thousands of rows: a few ms).
 */
public final class CustomerSearch {
    public static final int LIMIT = 50;

    public List<CustomerRecord> find(Connection c, String query) throws SQLException {
        String text = query.trim();
        String digits = text.replaceAll("[^0-9]", "");
        String phonePattern = digits.length() >= 4 ? "%" + digits : "\u0000no phone\u0000";
        String namePattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        List<CustomerRecord> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT c.customer_id, c.name, c.loyalty_id, p.phone_digits,"
                + " t.customer_id IS NOT NULL FROM customers c"
                + " LEFT JOIN customer_phones p ON p.customer_id = c.customer_id"
                + " LEFT JOIN palm_templates t ON t.customer_id = c.customer_id"
                + " WHERE c.customer_id = ? OR c.loyalty_id = ? OR p.phone_digits LIKE ?"
                + " OR LOWER(c.name) LIKE ? ESCAPE '\\' OR LOWER(c.preferred_name) LIKE ? ESCAPE '\\'"
                + " ORDER BY c.name, c.customer_id FETCH FIRST " + LIMIT + " ROWS ONLY")) {
            Jdbc.bind(s, text, text, phonePattern, namePattern, namePattern);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new CustomerRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            lastFour(rs.getString(4)), rs.getBoolean(5)));
                }
            }
        }
        if (out.isEmpty()) {
            templateOnly(c, text).ifPresent(out::add);
        }
        return out;
    }

    // a template enrolled here whose profile has not arrived from the cloud yet
    private static Optional<CustomerRecord> templateOnly(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM palm_templates WHERE customer_id = ?")) {
            Jdbc.bind(s, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new CustomerRecord(customerId, "(no profile on this terminal)", null,
                        Optional.empty(), true)) : Optional.empty();
            }
        }
    }

    private static Optional<String> lastFour(String digits) {
        return digits == null || digits.length() < 4 ? Optional.empty() : Optional.of(digits.substring(digits.length() - 4));
    }
}
