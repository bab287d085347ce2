package com.palmpos.pos.money;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/** Largest-remainder allocation, kept apart from {@link Money} because it is the one subtle piece of the money maths. */
final class Allocation {
    private Allocation() {
    }

    static List<Money> split(Money total, long[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("cannot split " + total + " into zero parts");
        }
        BigInteger weightSum = BigInteger.ZERO;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("allocation weights must not be negative, got " + w);
            }
            weightSum = weightSum.add(BigInteger.valueOf(w));
        }
        if (weightSum.signum() == 0) {
            long[] even = new long[weights.length];
            Arrays.fill(even, 1);
            return split(total, even);
        }
        // work on the magnitude so that negative totals (refunds) split symmetrically
        long sign = total.minor() < 0 ? -1 : 1;
        BigInteger amount = BigInteger.valueOf(total.minor()).abs();
        int n = weights.length;
        long[] parts = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long allocated = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = amount.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(weightSum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            allocated += parts[i];
        }
        int left = (int) (amount.longValueExact() - allocated); // fewer than n: each part lost less than one unit
        if (left > 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // largest remainder first; the stable sort keeps earlier parts first on ties
            Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
            for (int k = 0; k < left; k++) {
                parts[order[k]]++;
            }
        }
        for (int i = 0; i < n; i++) {
            parts[i] *= sign;
        }
        return Money.listOf(parts, total.currency());
    }
}
