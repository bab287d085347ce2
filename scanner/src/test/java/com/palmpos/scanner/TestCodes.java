package com.palmpos.scanner;

import com.palmpos.scanner.internal.match.CodeLayout;
import java.util.SplittableRandom;

/** Random palm-like templates for matcher and gallery tests: a smooth random field per plane, thresholded. */
final class TestCodes {
    static final int PLANES = 6;
    private static final int GRID = PalmTemplate.GRID;

    private TestCodes() {
    }

    /** The field of palm {@code id}. */
    static double[][] field(long id) {
        SplittableRandom r = new SplittableRandom(id * 7919 + 13);
        double[][] raw = new double[PLANES][GRID * GRID];
        for (double[] plane : raw) {
            for (int i = 0; i < plane.length; i++) {
                plane[i] = r.nextDouble() - 0.5;
            }
        }
        double[][] smooth = new double[PLANES][GRID * GRID];
        for (int p = 0; p < PLANES; p++) {
            for (int y = 0; y < GRID; y++) {
                for (int x = 0; x < GRID; x++) {
                    double s = 0;
                    for (int d = -1; d <= 1; d++) {
                        s += raw[p][Math.floorMod(y + d, GRID) * GRID + x] + raw[p][y * GRID + Math.floorMod(x + d, GRID)];
                    }
                    smooth[p][y * GRID + x] = s;
                }
            }
        }
        return smooth;
    }

    /** Template of palm {@code id} seen with a shift of (dx, dy) fine cells and a fraction of bits flipped. */
    static PalmTemplate template(long id, int dx, int dy, double flip, long noiseSeed) {
        double[][] f = field(id);
        SplittableRandom r = new SplittableRandom(noiseSeed);
        int half = GRID / 2;
        int[] fine = new int[GRID * PLANES];
        int[] coarse = new int[half * PLANES];
        for (int p = 0; p < PLANES; p++) {
            for (int y = 0; y < GRID; y++) {
                for (int x = 0; x < GRID; x++) {
                    if (value(f[p], x + dx, y + dy) > 0 ^ r.nextDouble() < flip) {
                        fine[p * GRID + y] |= 1 << x;
                    }
                }
            }
            for (int y = 0; y < half; y++) {
                for (int x = 0; x < half; x++) {
                    double sum = 0;
                    for (int k = 0; k < 4; k++) {
                        sum += value(f[p], 2 * x + (k & 1) + dx, 2 * y + (k >> 1) + dy);
                    }
                    if (sum > 0 ^ r.nextDouble() < flip) {
                        coarse[p * half + y] |= 1 << x;
                    }
                }
            }
        }
        return new PalmTemplate(Parameters.defaults().features(), PLANES, 0.9f, CodeLayout.pack(fine, GRID, fine.length),
                CodeLayout.pack(coarse, half, coarse.length));
    }

    static PalmTemplate template(long id) {
        return template(id, 0, 0, 0, 0);
    }

    private static double value(double[] plane, int x, int y) {
        return plane[Math.floorMod(y, GRID) * GRID + Math.floorMod(x, GRID)];
    }
}
