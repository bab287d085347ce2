package com.palmpos.ui.internal.manager;

import java.util.Arrays;

/**
 * The digits typed so far, kept in a fixed char array that is overwritten when cleared, so no PIN lingers in
 * Strings or resized copies. Not thread-safe: owned by one view model.
 */
final class PinBuffer {

    private final char[] digits = new char[PinPolicy.MAX_LENGTH];
    private int length;

    /** Adds a digit 0-9; ignored when the buffer is full. */
    void append(int digit) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("a PIN digit is 0-9, was " + digit);
        }
        if (length < digits.length) {
            digits[length++] = (char) ('0' + digit);
        }
    }

    void backspace() {
        if (length > 0) {
            digits[--length] = 0;
        }
    }

    int length() {
        return length;
    }

    boolean isEmpty() {
        return length == 0;
    }

    /** Hands the digits over: returns a copy the caller must {@link #wipe(char[])}, and clears this buffer. */
    char[] take() {
        char[] copy = Arrays.copyOf(digits, length);
        clear();
        return copy;
    }

    void clear() {
        Arrays.fill(digits, (char) 0);
        length = 0;
    }

    /** Overwrites a PIN copy; null-safe so cleanup code stays short. */
    static void wipe(char[] pin) {
        if (pin != null) {
            Arrays.fill(pin, (char) 0);
        }
    }
}
