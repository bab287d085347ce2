package com.palmpos.pos.enrollment;

import java.util.regex.Pattern;

/** Checks of the typed customer fields; each refusal names the field and what is expected. Stateless. */
final class Fields {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,30}");
    private static final Pattern LOYALTY = Pattern.compile("[A-Za-z0-9-]{4,40}");

    private Fields() {
    }

    static String name(String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty() || value.length() > 120) {
            throw invalid("the name must be 1 to 120 characters");
        }
        return value;
    }

    static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw invalid("the " + field + " must be at most " + max + " characters");
        }
        return v;
    }

    static String email(String email) {
        String v = optional(email, 200, "e-mail");
        if (v != null && !EMAIL.matcher(v).matches()) {
            throw invalid("the e-mail address '" + v + "' is not valid: check it or leave it empty");
        }
        return v;
    }

    static String phone(String phone) {
        String v = optional(phone, 30, "phone number");
        if (v != null && !PHONE.matcher(v).matches()) {
            throw invalid("the phone number may hold digits, spaces, + ( ) - . / only: check it or leave it empty");
        }
        return v;
    }

    static String loyaltyNumber(String number) {
        String v = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        if (!LOYALTY.matcher(v).matches()) {
            throw invalid("a loyalty number is 4 to 40 letters, digits or dashes, e.g. L-7KQ2M9XA");
        }
        return v;
    }

    static String code(String code) {
        String v = code == null ? "" : code.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!v.matches("[A-Z0-9]{4,20}")) {
            throw new EnrollmentException(EnrollmentProblem.UNKNOWN_CODE,
                    "a pre-enrollment code is 4 to 20 letters and digits: check the code the customer shows");
        }
        return v;
    }

    private static EnrollmentException invalid(String message) {
        return new EnrollmentException(EnrollmentProblem.INVALID_INPUT, message);
    }
}
