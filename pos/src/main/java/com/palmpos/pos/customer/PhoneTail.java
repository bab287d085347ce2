package com.palmpos.pos.customer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key two phone numbers are compared by: their last 9 significant digits. Everything but digits is dropped
 * (spaces, dashes, brackets, dots, slashes, a leading +), then leading zeros (the national trunk 0 and the
 * international 00), then all but the last 9 digits. The national and international forms of one number thus agree
 * ("0170 1234567", "+49 170 1234567", "0049 (0)170 1234567" all give 701234567) without knowing country codes:
 * 9 digits is at most the subscriber part of mobile and most landline numbers in Europe and North America, so the
 * country code never takes part. Numbers with 7 or 8 significant digits (short landlines) are compared whole, so
 * they match only when typed with the same prefix as stored. Two different numbers sharing their last 9 digits are
 * possible; the loyalty lookup then asks for the loyalty number. The stored side is the generated column
 * {@code customer_phones.phone_tail} (migration V16), which must compute the same. Pure and thread-safe.
 */
public final class PhoneTail {

    /** How many trailing significant digits are compared. */
    public static final int DIGITS = 9;
    private static final Pattern TYPED = Pattern.compile("\\+?[0-9 ()./-]+");
    private static final int FEWEST = 7;
    private static final int MOST = 15;

    private PhoneTail() {
    }

    /**
     * The comparison key of a typed phone number, or empty if {@code typed} is not shaped like one: only digits and
     * the separators above, 7 to 15 significant digits (E.164 allows 15).
     */
    public static Optional<String> of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!TYPED.matcher(text).matches()) {
            return Optional.empty();
        }
        String significant = text.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        if (significant.length() < FEWEST || significant.length() > MOST) {
            return Optional.empty();
        }
        return Optional.of(significant.substring(Math.max(0, significant.length() - DIGITS)));
    }
}
