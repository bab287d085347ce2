package com.palmpos.ui.internal.enrollment;

/**
 * The pre-enrollment code the customer got online: eight characters from digits 2-9 and letters without I, L, O
 * (so nothing looks alike). Pure and thread-safe.
 */
final class PreEnrollmentCode {

    static final int LENGTH = 8;
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private PreEnrollmentCode() {
    }

    /** Whether {@code c} (any case) can appear in a code. */
    static boolean allowed(char c) {
        return ALPHABET.indexOf(Character.toUpperCase(c)) >= 0;
    }

    static boolean complete(String code) {
        return code.length() == LENGTH && code.chars().allMatch(c -> allowed((char) c));
    }

    /** "ABCD-EFGH" for reading back to the customer; partial codes likewise. */
    static String grouped(String code) {
        return code.length() <= 4 ? code : code.substring(0, 4) + "\u2011" + code.substring(4);
    }
}
