package com.palmpos.scanner.internal.match;

/**
 * A probe's coarse code pre-shifted by (0, 0) and by one cell in each of the 8 directions, so the gallery scan
 * compares each stored code unshifted: {@code popcount(stored ^ code)}. Cells shifted out of view are left 0 and
 * mismatch about half the time whatever the stored code, so instead of masking them (which would double the cost
 * of the scan) the scan subtracts that expected count, {@link #offset}. With only the four axis neighbours one
 * real hand probe in 96 (COEP set against 100,000 distractors) fell out of the shortlist; with all eight none did,
 * for about 1.8 times the scan cost. Immutable after construction.
 */
final class CoarseProbe {
    static final int SHIFTS = 9;
    private static final int[][] STEPS = {
        {0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
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
