package com.palmpos.pos.privacy;

import java.util.Arrays;

/** Looks for stored bytes in a file's raw contents, for the erasure tests. */
final class ByteScan {
    /** Pieces compared at a time: long enough that a random match in a database file is practically impossible. */
    static final int WINDOW = 16;

    private ByteScan() {
    }

    /** How many of {@code needle}'s consecutive {@link #WINDOW}-byte pieces occur somewhere in {@code haystack}. */
    static long pieces(byte[] haystack, byte[] needle) {
        long found = 0;
        for (int start = 0; start + WINDOW <= needle.length; start += WINDOW) {
            if (contains(haystack, Arrays.copyOfRange(needle, start, start + WINDOW))) {
                found++;
            }
        }
        return found;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
