package com.palmpos.scanner.capture.bench;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.internal.match.CodeLayout;
import java.util.SplittableRandom;

/**
 * Palm-like random templates to fill a gallery to 10,000 customers without rendering 10,000 hands: per plane a
 * noise field blurred over 3x3 cells and mixed with the next plane (real codes are smooth and their planes
 * correlated), thresholded at 0; the coarse code is the 2x2 sum of the same field, as the engine derives it.
 * Only the gallery's size and scan cost matter to the latency benchmark, not these codes' exact statistics.
 */
final class FillerTemplates {
    private static final int GRID = PalmTemplate.GRID;

    private FillerTemplates() {
    }

    static PalmTemplate make(long id, int planes) {
        SplittableRandom r = new SplittableRandom(0x5EED_0000L + id);
        double[][] raw = new double[planes][GRID * GRID];
        for (double[] plane : raw) {
            for (int i = 0; i < plane.length; i++) {
                plane[i] = r.nextDouble() - 0.5;
            }
        }
        int half = GRID / 2;
        int[] fine = new int[GRID * planes];
        int[] coarse = new int[half * planes];
        for (int p = 0; p < planes; p++) {
            double[] field = new double[GRID * GRID];
            for (int y = 0; y < GRID; y++) {
                for (int x = 0; x < GRID; x++) {
                    double s = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int i = Math.floorMod(y + dy, GRID) * GRID + Math.floorMod(x + dx, GRID);
                            s += raw[p][i] + 0.5 * raw[(p + 1) % planes][i];
                        }
                    }
                    field[y * GRID + x] = s;
                    if (s > 0) {
                        fine[p * GRID + y] |= 1 << x;
                    }
                }
            }
            for (int y = 0; y < half; y++) {
                for (int x = 0; x < half; x++) {
                    double sum = field[2 * y * GRID + 2 * x] + field[2 * y * GRID + 2 * x + 1]
                            + field[(2 * y + 1) * GRID + 2 * x] + field[(2 * y + 1) * GRID + 2 * x + 1];
                    if (sum > 0) {
                        coarse[p * half + y] |= 1 << x;
                    }
                }
            }
        }
        return new PalmTemplate(com.palmpos.scanner.Parameters.defaults().features(), planes, 1f, CodeLayout.pack(fine, GRID, fine.length),
                CodeLayout.pack(coarse, half, coarse.length));
    }
}
