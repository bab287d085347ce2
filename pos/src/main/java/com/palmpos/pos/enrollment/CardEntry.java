package com.palmpos.pos.enrollment;

import java.time.YearMonth;

/**
 * A card as read from the reader or typed in, on its way to the processor's tokenizer. It lives only for that call:
 * it is never stored, logged or put in an outbox message ({@link #toString()} shows the last four digits only).
 *
 * @param pan      12..19 digits (spaces are removed)
 * @param expMonth 1..12
 * @param expYear  four digits
 * @param cvv      3 or 4 digits, or {@code null} when the reader supplies none (chip)
 */
public record CardEntry(String pan, int expMonth, int expYear, String cvv) {
    public CardEntry {
        pan = pan == null ? "" : pan.replace(" ", "");
        if (!pan.matches("[0-9]{12,19}")) {
            throw invalid("the card number must be 12 to 19 digits: re-enter it or insert the card again");
        }
        if (!luhn(pan)) {
            throw invalid("the card number ending " + last4(pan) + " fails its check digit: re-enter it");
        }
        if (expMonth < 1 || expMonth > 12 || expYear < 2000 || expYear > 2199) {
            throw invalid("the expiry must be a month 1..12 and a four-digit year");
        }
        if (cvv != null && !cvv.matches("[0-9]{3,4}")) {
            throw invalid("the security code must be 3 or 4 digits");
        }
    }

    /** The last four digits, the only part that may be shown or kept. */
    public String last4() {
        return last4(pan);
    }

    /** Whether the card has expired before {@code month}. */
    public boolean expiredBefore(YearMonth month) {
        return YearMonth.of(expYear, expMonth).isBefore(month);
    }

    @Override
    public String toString() {
        return "CardEntry[****" + last4() + "]";
    }

    private static String last4(String pan) {
        return pan.length() < 4 ? "?" : pan.substring(pan.length() - 4);
    }

    private static EnrollmentException invalid(String message) {
        return new EnrollmentException(EnrollmentProblem.INVALID_INPUT, message);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
