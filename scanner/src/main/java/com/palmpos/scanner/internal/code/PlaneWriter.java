package com.palmpos.scanner.internal.code;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.internal.match.CodeLayout;

/** Builds packed bit planes from a per-cell rule. Stateless. */
final class PlaneWriter {
    /** Whether bit {@code plane} of cell {@code cell} (row * cells + col) is set. */
    interface Rule {
        boolean bit(int plane, int cell);
    }

    private PlaneWriter() {
    }

    static BitCode write(int planes, Rule fineRule, Rule coarseRule) {
        return new BitCode(pack(planes, PalmTemplate.GRID, fineRule), pack(planes, PalmTemplate.COARSE_GRID, coarseRule));
    }

    /** Rows of {@code cells} bits, plane-major, as {@link CodeLayout} packs them. */
    static int[] rows(int planes, int cells, Rule rule) {
        int[] rows = new int[planes * cells];
        for (int p = 0; p < planes; p++) {
            for (int r = 0; r < cells; r++) {
                int row = 0;
                for (int c = 0; c < cells; c++) {
                    if (rule.bit(p, r * cells + c)) {
                        row |= 1 << c;
                    }
                }
                rows[p * cells + r] = row;
            }
        }
        return rows;
    }

    private static long[] pack(int planes, int cells, Rule rule) {
        int[] rows = rows(planes, cells, rule);
        return CodeLayout.pack(rows, cells, rows.length);
    }
}
