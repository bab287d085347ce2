package com.palmpos.ui.internal.manager;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rules a new manager PIN must meet before it is even sent to the authenticator (which checks again, and may
 * add rules of its own such as "not the default PIN"). Stateless, thread-safe.
 */
final class PinPolicy {

    static final int MIN_LENGTH = 4;
    /** Long enough for any sensible PIN, short enough to fit the masked field on a small screen. */
    static final int MAX_LENGTH = 12;

    /** A rule the candidate breaks. */
    enum Violation { TOO_SHORT, TOO_LONG, SAME_DIGITS, SAME_AS_CURRENT }

    private PinPolicy() {
    }

    /**
     * @param candidate the new PIN
     * @param current the PIN it replaces (the default PIN on the forced first change)
     * @return the first rule broken, or empty when the PIN may be used
     */
    static Optional<Violation> check(char[] candidate, char[] current) {
        if (candidate.length < MIN_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        if (candidate.length > MAX_LENGTH) {
            return Optional.of(Violation.TOO_LONG);
        }
        if (allSame(candidate)) {
            return Optional.of(Violation.SAME_DIGITS);
        }
        if (Arrays.equals(candidate, current)) {
            return Optional.of(Violation.SAME_AS_CURRENT);
        }
        return Optional.empty();
    }

    private static boolean allSame(char[] pin) {
        for (char c : pin) {
            if (c != pin[0]) {
                return false;
            }
        }
        return true;
    }
}
