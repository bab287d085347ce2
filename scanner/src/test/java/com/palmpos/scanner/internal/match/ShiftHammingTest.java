package com.palmpos.scanner.internal.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShiftHammingTest {
    private static final int GRID = 32;
    private static final int PLANES = 2;
    private final ShiftHamming hamming = new ShiftHamming(GRID, PLANES, 3, GRID * GRID * PLANES);

    @Test
    void findsTheShiftBetweenTwoViewsOfOneCode() {
        int[] base = random(1);
        int[] moved = shift(base, 2, -1);
        assertThat(hamming.bestShift(base, moved)).containsExactly(2, -1);
        assertThat(hamming.distance(base, moved)).isLessThan(0.1);
    }

    @Test
    void unrelatedCodesAreNearHalf() {
        assertThat(hamming.distance(random(1), random(2))).isBetween(0.4, 0.5);
    }

    @Test
    void majorityVoteRemovesNoiseOfSingleCaptures() {
        int[] truth = random(3);
        List<int[]> noisy = List.of(noise(truth, 4), noise(truth, 5), noise(truth, 6), noise(truth, 7));
        int[] fused = hamming.majority(noise(truth, 8), noisy);
        assertThat(hamming.distanceAt(truth, fused, 0, 0)).isLessThan(hamming.distanceAt(truth, noisy.get(0), 0, 0));
    }

    @Test
    void refusesShiftsAsWideAsHalfTheGrid() {
        assertThatThrownBy(() -> new ShiftHamming(16, 6, 8, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int[] random(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] rows = new int[GRID * PLANES];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = r.nextInt();
        }
        return rows;
    }

    private static int[] noise(int[] code, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] out = code.clone();
        for (int i = 0; i < out.length; i++) {
            for (int c = 0; c < GRID; c++) {
                if (r.nextDouble() < 0.2) {
                    out[i] ^= 1 << c;
                }
            }
        }
        return out;
    }

    /** Content at (r, c) moves to (r + dy, c + dx). */
    private static int[] shift(int[] code, int dx, int dy) {
        int[] out = new int[code.length];
        for (int p = 0; p < PLANES; p++) {
            for (int r = 0; r < GRID; r++) {
                int source = r - dy;
                if (source >= 0 && source < GRID) {
                    int row = code[p * GRID + source];
                    out[p * GRID + r] = dx >= 0 ? row << dx : row >>> -dx;
                }
            }
        }
        return out;
    }
}
