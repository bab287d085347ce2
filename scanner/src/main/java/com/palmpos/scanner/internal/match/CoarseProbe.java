package com.palmpos.scanner.internal.match;

/**
 * A probe's coarse code pre-shifted by every shift of up to {@link #REACH} cells each way, so the gallery scan
 * compares each stored code unshifted: {@code popcount(stored ^ code)}. Cells shifted out of view are left 0 and
 * mismatch about half the time whatever the stored code, so instead of masking them (which would double the cost
 * of the scan) the scan subtracts that expected count, {@link #offset}. With only the four axis neighbours one
 * real hand probe in 96 (COEP set against 100,000 distractors) fell out of the shortlist; with all eight none did,
 * for about 1.8 times the scan cost. Since the palm square is placed on the detector's keypoints (issue #14) one
 * cell was not enough: a synthetic counter capture at matcher distance 0.23 from its enrolled template (threshold
 * 0.30) was not among the 300 best of 10,000 random distractors (CaptureLatencyBenchmark came out Unknown); the
 * matcher itself searches +-5 fine cells, so the scan now reaches 2 coarse cells (4 fine), 25 shifts, about 2.8 times
 * the scan of 9. Immutable after construction.
 */
final class CoarseProbe {
    /** Largest shift, coarse cells in each direction (1 coarse cell = 2 fine cells). */
    static final int REACH = 2;
    static final int SHIFTS = (2 * REACH + 1) * (2 * REACH + 1);
    private static final int[][] STEPS = steps();
    private static final int GRID = 16;
    final long[][] codes = new long[SHIFTS][];
    final int[] offset = new int[SHIFTS];

    /** (0, 0) first, then every other shift within {@link #REACH}. */
    private static int[][] steps() {
        int[][] steps = new int[SHIFTS][];
        steps[0] = new int[] {0, 0};
        int s = 1;
        for (int dy = -REACH; dy <= REACH; dy++) {
            for (int dx = -REACH; dx <= REACH; dx++) {
                if (dx != 0 || dy != 0) {
                    steps[s++] = new int[] {dx, dy};
                }
            }
        }
        return steps;
    }

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
