package com.palmpos.cloud.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The online pre-enrollment form as typed, and its checks. A refused form is shown again with every value kept and
 * one message per field (by message key).
 */
public record SignUpForm(String store, boolean consent, String name, String email, String phone, boolean loyalty) {
    static final int MAX_NAME = 120;
    static final int MAX_EMAIL = 200;
    static final int MAX_PHONE = 40;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,40}");

    static SignUpForm empty() {
        return new SignUpForm("", false, "", "", "", true);
    }

    static SignUpForm from(Context ctx) {
        return new SignUpForm(field(ctx, "store"), "yes".equals(ctx.formParam("consent")), field(ctx, "name"),
                field(ctx, "email"), field(ctx, "phone"), "yes".equals(ctx.formParam("loyalty")));
    }

    /** Read back from the session draft. */
    static SignUpForm from(Map<String, String> draft) {
        return new SignUpForm(draft.getOrDefault("su.store", ""), true, draft.getOrDefault("su.name", ""),
                draft.getOrDefault("su.email", ""), draft.getOrDefault("su.phone", ""),
                "true".equals(draft.get("su.loyalty")));
    }

    void into(Session session) {
        session.put("su.store", store);
        session.put("su.name", name);
        session.put("su.email", email);
        session.put("su.phone", phone);
        session.put("su.loyalty", Boolean.toString(loyalty));
    }

    /** Field -> message key of each problem, in the form's order; empty when the form is fine. */
    Map<String, String> problems(List<StoreOption> stores) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (stores.stream().noneMatch(s -> s.id().equals(store))) {
            problems.put("store", "error.store");
        }
        if (!consent) {
            problems.put("consent", "error.consent");
        }
        if (name.isBlank() || name.length() > MAX_NAME) {
            problems.put("name", "error.name");
        }
        if (!email.isBlank() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.put("email", "error.email");
        }
        if (!phone.isBlank() && (phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches()
                || phone.chars().filter(Character::isDigit).count() < 6)) {
            problems.put("phone", "error.phone");
        }
        if (email.isBlank() && phone.isBlank()) {
            problems.put("email", "error.contact");
        }
        return problems;
    }

    /** Whether {@code contact} (the sign-in field) looks like an e-mail or a phone number at all. */
    static boolean plausibleContact(String contact) {
        return contact.length() <= MAX_EMAIL && (EMAIL.matcher(contact).matches()
                || PHONE.matcher(contact).matches() && contact.chars().filter(Character::isDigit).count() >= 6);
    }

    /** The last 9 significant digits of a phone number (leading 0 / 00 and country prefixes compare equal). */
    static String phoneTail(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() <= 9 ? digits : digits.substring(digits.length() - 9);
    }

    /** A form value, stripped, at most 1000 characters (longer input is cut here and refused by the checks). */
    static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null) {
            return "";
        }
        value = value.strip();
        return value.length() > 1000 ? value.substring(0, 1000) : value;
    }
}
