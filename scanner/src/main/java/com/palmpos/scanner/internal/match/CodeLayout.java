package com.palmpos.scanner.internal.match;

/**
 * Packing of orientation codes into longs: rows of {@code grid} bits (16 or 32), plane-major, {@code 64 / grid}
 * rows per long, lowest row in the lowest bits. Stateless.
 */
public final class CodeLayout {
    private CodeLayout() {
    }

    /** Longs needed for a code of {@code planes} planes of grid x grid bits. */
    public static int words(int grid, int planes) {
        return grid * grid * planes / 64;
    }

    /** Unpacks the code at {@code offset} into int rows (one row per element). */
    public static void unpack(long[] words, int offset, int grid, int rowCount, int[] rows) {
        int perLong = 64 / grid;
        long mask = grid == 32 ? 0xFFFF_FFFFL : (1L << grid) - 1;
        for (int i = 0; i < rowCount; i++) {
            rows[i] = (int) ((words[offset + i / perLong] >>> ((i % perLong) * grid)) & mask);
        }
    }

    /** Packs int rows into a new word array. */
    public static long[] pack(int[] rows, int grid, int rowCount) {
        int perLong = 64 / grid;
        long mask = grid == 32 ? 0xFFFF_FFFFL : (1L << grid) - 1;
        long[] words = new long[rowCount / perLong];
        for (int i = 0; i < rowCount; i++) {
            words[i / perLong] |= (rows[i] & mask) << ((i % perLong) * grid);
        }
        return words;
    }
}
