package com.palmpos.scanner.internal.match;

/**
 * A probe's coarse code pre-shifted by every (dx, dy) in -1..1 with the mask of cells that stay in view, so the
 * gallery scan compares each stored code unshifted: {@code popcount((stored ^ code) & mask)}. Immutable after
 * construction.
 */
final class CoarseProbe {
    static final int SHIFTS = 9;
    private static final int GRID = 16;
    final long[][] codes = new long[SHIFTS][];
    final long[][] masks = new long[SHIFTS][];
    final int[] valid = new int[SHIFTS];

    CoarseProbe(long[] coarse, int planes) {
        int rows = GRID * planes;
        int[] probe = new int[rows];
        CodeLayout.unpack(coarse, 0, GRID, rows, probe);
        int s = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int[] code = new int[rows];
                int[] mask = new int[rows];
                int columns = dx >= 0 ? 0xFFFF & (0xFFFF << dx) : 0xFFFF >>> -dx;
                for (int p = 0; p < planes; p++) {
                    for (int r = 0; r < GRID; r++) {
                        int source = r - dy;
                        if (source < 0 || source >= GRID) {
                            continue;
                        }
                        int row = probe[p * GRID + source];
                        code[p * GRID + r] = (dx >= 0 ? row << dx : row >>> -dx) & 0xFFFF;
                        mask[p * GRID + r] = columns;
                    }
                }
                codes[s] = CodeLayout.pack(code, GRID, rows);
                masks[s] = CodeLayout.pack(mask, GRID, rows);
                valid[s] = Math.max(1, planes * (GRID - Math.abs(dy)) * (GRID - Math.abs(dx)));
                s++;
            }
        }
    }
}
