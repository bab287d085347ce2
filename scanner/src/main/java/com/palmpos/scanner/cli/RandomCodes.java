package com.palmpos.scanner.cli;

import com.palmpos.scanner.FeatureCode;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.internal.match.CodeLayout;
import java.util.SplittableRandom;

/**
 * Random but palm-like orientation codes for load tests, made without images (fast enough for millions).
 *
 * <p>Real codes are spatially smooth and their orientation planes are correlated, which lowers the effective
 * number of independent bits (impostor degrees of freedom of a few hundred, not 6144); uniform random bits would
 * make the coarse pass look better than it is. So each template is a Gaussian noise field per plane, blurred over
 * 3x3 cells and mixed with its neighbouring orientation plane, then thresholded at 0. A probe of template i is
 * that field shifted by up to 2 cells with 25 % of its bits flipped, like a genuine capture of the same palm.
 * Not thread-safe: one instance per thread.
 */
final class RandomCodes {
    private final FeatureCode features;
    private final int grid;
    private final int planes;

    RandomCodes(FeatureCode features, int grid, int planes) {
        this.features = features;
        this.grid = grid;
        this.planes = planes;
    }

    /** The noise field of template {@code id}: deterministic in (seed, id). */
    double[][] field(long seed, long id) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + id);
        double[][] raw = new double[planes][grid * grid];
        for (double[] plane : raw) {
            for (int i = 0; i < plane.length; i++) {
                plane[i] = r.nextDouble() - 0.5;
            }
        }
        double[][] smooth = new double[planes][grid * grid];
        for (int p = 0; p < planes; p++) {
            for (int y = 0; y < grid; y++) {
                for (int x = 0; x < grid; x++) {
                    double s = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int yy = Math.floorMod(y + dy, grid);
                            int xx = Math.floorMod(x + dx, grid);
                            s += raw[p][yy * grid + xx] + 0.5 * raw[(p + 1) % planes][yy * grid + xx];
                        }
                    }
                    smooth[p][y * grid + x] = s;
                }
            }
        }
        return smooth;
    }

    PalmTemplate template(double[][] field) {
        return fromField(field, 0, 0, 0, null);
    }

    PalmTemplate probe(double[][] field, SplittableRandom r) {
        return fromField(field, r.nextInt(5) - 2, r.nextInt(5) - 2, 0.25, r);
    }

    private PalmTemplate fromField(double[][] field, int sx, int sy, double flip, SplittableRandom r) {
        int half = grid / 2;
        int[] fine = new int[grid * planes];
        int[] coarse = new int[half * planes];
        for (int p = 0; p < planes; p++) {
            for (int y = 0; y < grid; y++) {
                for (int x = 0; x < grid; x++) {
                    if (value(field[p], x + sx, y + sy) > 0 ^ (r != null && r.nextDouble() < flip)) {
                        fine[p * grid + y] |= 1 << x;
                    }
                }
            }
            for (int y = 0; y < half; y++) {
                for (int x = 0; x < half; x++) {
                    double sum = 0;
                    for (int k = 0; k < 4; k++) {
                        sum += value(field[p], 2 * x + (k & 1) + sx, 2 * y + (k >> 1) + sy);
                    }
                    if (sum > 0 ^ (r != null && r.nextDouble() < flip * 0.8)) {
                        coarse[p * half + y] |= 1 << x;
                    }
                }
            }
        }
        return new PalmTemplate(features, planes, 1f, CodeLayout.pack(fine, grid, fine.length),
                CodeLayout.pack(coarse, half, coarse.length));
    }

    private double value(double[] plane, int x, int y) {
        return plane[Math.floorMod(y, grid) * grid + Math.floorMod(x, grid)];
    }
}
