package com.palmpos.scanner;

/**
 * Distance threshold for a target false-match rate, from Daugman's binomial model of impostor scores.
 *
 * <p>Impostor distances of binary codes follow a binomial distribution: mean p and N effective independent bits,
 * where N = p(1-p)/sigma^2 is measured from impostor comparisons ({@code eval} prints p and N as
 * {@code impostor_mean} and {@code impostor_dof}; they are stored in {@link Parameters}). The threshold for a
 * false-match rate f is the largest t with P(Binomial(N, p)/N &lt;= t) &lt;= f. Because the model is fitted to the
 * minimum over shifts, the shift search is already accounted for. For 1:N search over G templates use f / G
 * (Bonferroni), so the chance that any impostor in the gallery matches stays about f. Stateless; cheap (a sum
 * of at most N terms).
 */
public final class DecisionThreshold {
    private DecisionThreshold() {
    }

    /** Distance threshold (match if distance &lt;= it) for a false-match rate {@code fmr} in (0, 1). */
    public static double forFalseMatchRate(Parameters p, double fmr) {
        if (!(fmr > 0 && fmr < 1)) {
            throw new IllegalArgumentException("false-match rate must be in (0, 1), got " + fmr);
        }
        int n = (int) Math.round(p.impostorDegreesOfFreedom());
        double mean = p.impostorMeanDistance();
        double logP = Math.log(mean);
        double logQ = Math.log1p(-mean);
        double cumulative = 0;
        double logChoose = 0; // log C(n, 0)
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                logChoose += Math.log(n - k + 1) - Math.log(k);
            }
            double term = Math.exp(logChoose + k * logP + (n - k) * logQ);
            if (cumulative + term > fmr) {
                return Math.max(0, (k - 1.0) / n);
            }
            cumulative += term;
        }
        return 1.0;
    }
}
