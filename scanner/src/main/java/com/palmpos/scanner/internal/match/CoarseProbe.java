package com.palmpos.scanner.internal.match;

/**
 * A probe's coarse code pre-shifted by (0, 0) and by one cell up, down, left and right, so the gallery scan
 * compares each stored code unshifted: {@code popcount(stored ^ code)}. Cells shifted out of view are left 0 and
 * mismatch about half the time whatever the stored code, so instead of masking them (which would double the cost
 * of the scan) the scan subtracts that expected count, {@link #offset}. Diagonal shifts are left out: the fine
 * stage searches them anyway, and four neighbours already catch the mates the unshifted pass misses.
 * Immutable after construction.
 */
final class CoarseProbe {
    static final int SHIFTS = 5;
    private static final int[][] STEPS = {{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    private static final int GRID = 16;
    final long[][] codes = new long[SHIFTS][];
    final int[] offset = new int[SHIFTS];

    CoarseProbe(long[] coarse, int planes) {
        int rows = GRID * planes;
        int[] probe = new int[rows];
        CodeLayout.unpack(coarse, 0, GRID, rows, probe);
        for (int s = 0; s < SHIFTS; s++) {
            int dx = STEPS[s][0];
            int dy = STEPS[s][1];
            int[] code = new int[rows];
            for (int p = 0; p < planes; p++) {
                for (int r = 0; r < GRID; r++) {
                    int source = r - dy;
                    if (source >= 0 && source < GRID) {
                        int row = probe[p * GRID + source];
                        code[p * GRID + r] = (dx >= 0 ? row << dx : row >>> -dx) & 0xFFFF;
                    }
                }
            }
            codes[s] = CodeLayout.pack(code, GRID, rows);
            int outOfView = planes * (GRID * GRID - (GRID - Math.abs(dy)) * (GRID - Math.abs(dx)));
            offset[s] = outOfView / 2;
        }
    }
}
