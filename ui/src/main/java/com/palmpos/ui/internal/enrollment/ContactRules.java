package com.palmpos.ui.internal.enrollment;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the cashier may type as a customer's name, phone number and e-mail address, and their stored forms.
 * Pure and thread-safe.
 */
final class ContactRules {

    static final int MAX_NAME = 60;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-]*");
    /** Digits with the separators people type; 7..15 digits (E.164 allows 15). */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-/]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ContactRules() {
    }

    /** The trimmed name, or empty if it is blank, too long or has digits or symbols. */
    static Optional<String> name(String typed) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        return name.length() <= MAX_NAME && NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    /** The phone number as '+' (if typed) and digits only, or empty if it is not a plausible number. */
    static Optional<String> phone(String typed) {
        String phone = typed == null ? "" : typed.strip();
        if (!PHONE.matcher(phone).matches()) {
            return Optional.empty();
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 7 || digits.length() > 15) {
            return Optional.empty();
        }
        return Optional.of((phone.startsWith("+") ? "+" : "") + digits);
    }

    /** The e-mail address trimmed and in lower case, or empty if it does not look like one. */
    static Optional<String> email(String typed) {
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? Optional.of(email) : Optional.empty();
    }

    static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }
}
