package com.palmpos.scanner.cli;

import java.util.Arrays;

/**
 * Verification error rates from genuine and impostor distance samples (lower distance = more alike). Immutable.
 */
final class ErrorRates {
    private final double[] genuine;
    private final double[] impostor;

    ErrorRates(double[] genuine, double[] impostor) {
        this.genuine = genuine.clone();
        this.impostor = impostor.clone();
        Arrays.sort(this.genuine);
        Arrays.sort(this.impostor);
    }

    /** Fraction of impostor distances at or below t. */
    double fmr(double t) {
        return (double) upperBound(impostor, t) / impostor.length;
    }

    /** Fraction of genuine distances above t. */
    double fnmr(double t) {
        return 1.0 - (double) upperBound(genuine, t) / genuine.length;
    }

    /** Equal error rate: the point where FMR and FNMR cross, averaged at the crossing threshold. */
    double eer() {
        double best = 1;
        double[] all = concat();
        for (double t : all) {
            double a = fmr(t);
            double b = fnmr(t);
            best = Math.min(best, Math.max(a, b));
        }
        return best;
    }

    /**
     * FNMR at the largest threshold whose FMR does not exceed {@code target}. If there are too few impostor pairs
     * to observe that rate (fewer than 1 / target), the value is at the strictest observable rate and is marked by
     * {@link #resolvable(double)} as not resolvable.
     */
    double fnmrAtFmr(double target) {
        int allowed = (int) Math.floor(target * impostor.length);
        double threshold = allowed == 0 ? Math.nextDown(impostor[0]) : Math.nextDown(impostor[allowed]);
        return fnmr(threshold);
    }

    boolean resolvable(double target) {
        return target * impostor.length >= 1;
    }

    /** Decidability index d' = |mean_g - mean_i| / sqrt((var_g + var_i) / 2). */
    double dprime() {
        double mg = mean(genuine);
        double mi = mean(impostor);
        return Math.abs(mg - mi) / Math.sqrt((variance(genuine, mg) + variance(impostor, mi)) / 2);
    }

    double impostorMean() {
        return mean(impostor);
    }

    /** Binomial degrees of freedom of impostor distances, N = p(1-p)/sigma^2 (Daugman). */
    double impostorDegreesOfFreedom() {
        double m = mean(impostor);
        return m * (1 - m) / variance(impostor, m);
    }

    private double[] concat() {
        double[] all = new double[genuine.length + impostor.length];
        System.arraycopy(genuine, 0, all, 0, genuine.length);
        System.arraycopy(impostor, 0, all, genuine.length, impostor.length);
        return Arrays.stream(all).distinct().toArray();
    }

    private static int upperBound(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double variance(double[] v, double m) {
        return Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / Math.max(1, v.length - 1);
    }
}
