package com.palmpos.pos.customer.internal;

import com.palmpos.pos.crypto.CustomerKeys;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.menu.Allergen;
import com.palmpos.pos.menu.DietaryTag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JDBC access to cached customer profiles; works in the caller's transaction. With {@link CustomerKeys}, the name,
 * preferred name and card token are sealed with the customer's personal key on write and opened on read; without,
 * they are read as stored (callers that need neither, such as the loyalty ledger). Stateless apart from the keys.
 */
public final class CustomerRepository {
    private final CustomerKeys keys;

    /** Without sealing: for callers that read points and ids only. */
    public CustomerRepository() {
        this(null);
    }

    public CustomerRepository(CustomerKeys keys) {
        this.keys = keys;
    }

    private static final String COLUMNS = "customer_id, name, preferred_name, loyalty_id, dietary, allergens,"
            + " card_token, card_brand, card_last4, points_balance, points_as_of, cloud_version, cloud_updated_at";

    public Optional<Long> version(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT cloud_version FROM customers WHERE customer_id = ?")) {
            Jdbc.bind(s, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public void merge(Connection c, CustomerProfile p, java.time.Instant cachedAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO customers (" + COLUMNS + ", cached_at) KEY (customer_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            LinkedCard card = p.card();
            String id = p.customerId();
            Jdbc.bind(s, id, seal(id, p.name()), seal(id, p.preferredName()), p.loyaltyId(),
                    join(p.dietaryPreferences()), join(p.allergens()), card == null ? null : seal(id, card.token()), card == null ? null : card.brand(),
                    card == null ? null : card.last4(), p.pointsBalance(), p.pointsAsOf(), p.cloudVersion(),
                    p.cloudUpdatedAt(), cachedAt);
            s.executeUpdate();
        }
    }

    public Optional<CustomerProfile> find(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM customers WHERE " + column + " = ?")) {
            Jdbc.bind(s, value);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private CustomerProfile read(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        String token = open(id, rs.getString(7));
        return new CustomerProfile(id, open(id, rs.getString(2)), open(id, rs.getString(3)),
                rs.getString(4), split(rs.getString(5), DietaryTag.class), split(rs.getString(6), Allergen.class),
                token == null ? null : new LinkedCard(token, rs.getString(8), rs.getString(9)), rs.getLong(10),
                Jdbc.instant(rs.getTimestamp(11)), rs.getLong(12), Jdbc.instant(rs.getTimestamp(13)));
    }

    /** Every cached profile, opened, by customer id: one query, for scans that filter sealed fields in memory. */
    public java.util.Map<String, CustomerProfile> all(Connection c) throws SQLException {
        java.util.Map<String, CustomerProfile> out = new java.util.TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM customers");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                CustomerProfile p = read(rs);
                out.put(p.customerId(), p);
            }
        }
        return out;
    }

    /**
     * Profiles whose name, preferred name or card token is still stored in the clear (written before sealing): one
     * pass without locks; {@link #unsealedForUpdate} re-checks one of them under its row lock.
     */
    public java.util.List<String> unsealed(Connection c) throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT customer_id, name, preferred_name, card_token"
                + " FROM customers"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (unsealed(rs)) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Locks the customer's profile row until the caller's transaction ends and says whether it is still unsealed. */
    public boolean unsealedForUpdate(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT customer_id, name, preferred_name, card_token"
                + " FROM customers WHERE customer_id = ? FOR UPDATE")) {
            Jdbc.bind(s, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && unsealed(rs);
            }
        }
    }

    private static boolean unsealed(ResultSet rs) throws SQLException {
        return !CustomerKeys.isSealedText(rs.getString(2))
                || (rs.getString(3) != null && !CustomerKeys.isSealedText(rs.getString(3)))
                || (rs.getString(4) != null && !CustomerKeys.isSealedText(rs.getString(4)));
    }

    private String seal(String customerId, String plain) {
        return keys == null ? plain : keys.sealText(customerId, CustomerKeys.Purpose.PERSONAL, plain);
    }

    private String open(String customerId, String stored) {
        return keys == null ? stored : keys.openText(customerId, CustomerKeys.Purpose.PERSONAL, stored);
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            // names written by an older build that this one no longer knows are skipped rather than failing the lookup
            Arrays.stream(text.split(",")).forEach(n -> {
                try {
                    out.add(Enum.valueOf(type, n));
                } catch (IllegalArgumentException ignored) {
                    // unknown tag
                }
            });
        }
        return out;
    }
}
