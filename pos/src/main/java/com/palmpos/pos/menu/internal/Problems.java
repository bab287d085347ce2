package com.palmpos.pos.menu.internal;

import com.palmpos.pos.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/** Collects validation problems as "where field: what is wrong" sentences. */
final class Problems {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private final List<String> list = new ArrayList<>();

    void add(String where, String what) {
        list.add(where + " " + what);
    }

    List<String> list() {
        return List.copyOf(list);
    }

    void requireId(String where, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            add(where, "id '" + id + "' must be 1..60 lower-case letters, digits or dashes");
        }
    }

    void requireText(String where, String field, String value) {
        if (value == null || value.isBlank()) {
            add(where, field + " is missing");
        }
    }

    /** The price, or null (and a problem recorded) when missing, malformed, negative or too precise. */
    Money price(String where, String field, String text, Currency currency) {
        if (text == null) {
            add(where, field + " is missing (write it like \"6.50\")");
            return null;
        }
        try {
            Money money = Money.parse(text, currency);
            if (money.isNegative()) {
                add(where, field + " '" + text + "' must not be negative");
                return null;
            }
            return money;
        } catch (IllegalArgumentException e) {
            add(where, field + ": " + e.getMessage());
            return null;
        }
    }
}
