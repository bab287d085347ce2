package com.palmpos.scanner;

import com.palmpos.scanner.internal.match.CodeLayout;
import com.palmpos.scanner.internal.match.ShiftHamming;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one enrolled template from several captures of the same palm (3-5 recommended).
 *
 * <p>The medoid capture (smallest summed distance to the others) is the reference; captures farther from it than
 * {@link Parameters#enrollMaxDistance()} are rejected as inconsistent (another hand, a bad ROI). The kept captures
 * are aligned to the medoid and fused by bitwise majority vote, which keeps the bits that are stable across
 * captures: the fused template matches later captures better than any single one, at the same size.
 * Stateless and thread-safe; cost is n^2 shift-searched comparisons (about 0.3 ms for 5 captures).
 */
public final class Enrollment {
    private final Parameters parameters;
    private final ShiftHamming hamming;
    private final ShiftHamming coarseHamming;

    public Enrollment(Parameters parameters) {
        this.parameters = parameters;
        this.hamming = new ShiftHamming(PalmTemplate.GRID, parameters.codePlanes(), parameters.maxShiftCells(),
                parameters.normalisingBits());
        this.coarseHamming = new ShiftHamming(PalmTemplate.COARSE_GRID, parameters.codePlanes(), 1,
                parameters.normalisingBits() / 4);
    }

    /** Outcome: the fused template (null if enrollment failed) and the indices of rejected captures. */
    public record Result(PalmTemplate template, List<Integer> rejected) {
        public boolean succeeded() {
            return template != null;
        }
    }

    /**
     * Enrolls from captures of one palm.
     *
     * @throws IllegalArgumentException if there are no captures
     * @return a fused template, or a failed result when fewer than half of the captures agree (capture again)
     */
    public Result enroll(List<PalmTemplate> captures) {
        if (captures.isEmpty()) {
            throw new IllegalArgumentException("enrollment needs at least one capture, ideally 3 to 5");
        }
        int n = captures.size();
        int rowCount = PalmTemplate.GRID * parameters.codePlanes();
        int coarseRowCount = PalmTemplate.COARSE_GRID * parameters.codePlanes();
        List<int[]> codes = new ArrayList<>();
        List<int[]> coarseCodes = new ArrayList<>();
        for (PalmTemplate t : captures) {
            int[] rows = new int[rowCount];
            CodeLayout.unpack(t.fineWords(), 0, PalmTemplate.GRID, rowCount, rows);
            codes.add(rows);
            int[] coarse = new int[coarseRowCount];
            CodeLayout.unpack(t.coarseWords(), 0, PalmTemplate.COARSE_GRID, coarseRowCount, coarse);
            coarseCodes.add(coarse);
        }
        double[][] d = new double[n][n];
        int medoid = 0;
        double bestSum = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    d[i][j] = j < i ? d[j][i] : hamming.distance(codes.get(i), codes.get(j));
                    sum += d[i][j];
                }
            }
            if (sum < bestSum) {
                bestSum = sum;
                medoid = i;
            }
        }
        List<Integer> rejected = new ArrayList<>();
        List<int[]> kept = new ArrayList<>();
        List<int[]> keptCoarse = new ArrayList<>();
        float quality = captures.get(medoid).quality();
        for (int i = 0; i < n; i++) {
            if (i == medoid) {
                continue;
            }
            if (d[medoid][i] > parameters.enrollMaxDistance()) {
                rejected.add(i);
            } else {
                kept.add(codes.get(i));
                keptCoarse.add(coarseCodes.get(i));
                quality = Math.max(quality, captures.get(i).quality());
            }
        }
        if (n >= 2 && kept.size() + 1 <= n / 2) {
            return new Result(null, rejected);
        }
        boolean fuse = kept.size() >= 2;
        int[] fused = fuse ? hamming.majority(codes.get(medoid), kept) : codes.get(medoid);
        int[] fusedCoarse = fuse ? coarseHamming.majority(coarseCodes.get(medoid), keptCoarse)
                : coarseCodes.get(medoid);
        return new Result(new PalmTemplate(parameters.features(), parameters.codePlanes(), quality,
                CodeLayout.pack(fused, PalmTemplate.GRID, rowCount),
                CodeLayout.pack(fusedCoarse, PalmTemplate.COARSE_GRID, coarseRowCount)), rejected);
    }
}
