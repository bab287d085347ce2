package com.palmpos.pos.privacy.internal;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.customer.HeldCustomer;
import com.palmpos.pos.privacy.CustomerRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds cached customers by customer id, loyalty id, phone (4+ digits: the number or its end) or part of the name.
 * Names and phones are sealed with each customer's key, so the search opens every held customer and filters in
 * memory (three queries and a decryption per field: O(customers)). Works in the caller's transaction; stateless.
 */
public final class CustomerSearch {
    public static final int LIMIT = 50;
    private static final String NO_PROFILE = "(no profile on this terminal)";

    public List<CustomerRecord> find(Connection c, CustomerStore customers, String query) throws SQLException {
        String text = query.trim();
        String digits = text.replaceAll("[^0-9]", "");
        String lower = text.toLowerCase(Locale.ROOT);
        List<CustomerRecord> out = new ArrayList<>();
        for (HeldCustomer held : customers.held(c)) {
            Optional<CustomerProfile> p = held.profile();
            boolean matches = held.customerId().equals(text)
                    || p.map(CustomerProfile::loyaltyId).filter(text::equals).isPresent()
                    || (digits.length() >= 4 && held.phoneDigits().filter(d -> d.endsWith(digits)).isPresent())
                    || p.filter(pr -> contains(pr.name(), lower) || contains(pr.preferredName(), lower)).isPresent();
            if (matches && (p.isPresent() || held.customerId().equals(text))) {
                out.add(new CustomerRecord(held.customerId(), p.map(CustomerProfile::name).orElse(NO_PROFILE),
                        p.map(CustomerProfile::loyaltyId).orElse(null), held.phoneDigits().filter(d -> d.length() >= 4)
                        .map(d -> d.substring(d.length() - 4)), held.hasTemplate()));
            }
        }
        out.sort(Comparator.comparing(CustomerRecord::name).thenComparing(CustomerRecord::customerId));
        return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : out;
    }

    private static boolean contains(String value, String lower) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lower);
    }
}
