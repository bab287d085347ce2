package com.palmpos.scanner.cli;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * All genuine pairs and all impostor pairs (a fixed-seed random sample of them above a limit) of a dataset.
 * A pair with a failed extraction gets the worst distance, 1.0.
 */
record Verification(ErrorRates rates, long genuinePairs, long impostorPairs, boolean sampled, double compareMicros) {
    private static final double WORST = 1.0;

    /** Distance of samples i and j, or NaN when either failed extraction. Must be thread-safe. */
    interface PairScorer {
        double distance(int i, int j);
    }

    static Verification run(Dataset data, PairScorer scorer, long maxImpostors) {
        int n = data.samples().size();
        int[] subject = data.samples().stream().mapToInt(Dataset.Sample::subject).toArray();
        long genuineCount = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                genuineCount += subject[i] == subject[j] ? 1 : 0;
            }
        }
        long allImpostors = (long) n * (n - 1) / 2 - genuineCount;
        boolean sampled = allImpostors > maxImpostors;
        int[][] genuinePairs = new int[(int) genuineCount][];
        int[][] impostorPairs = new int[(int) Math.min(allImpostors, maxImpostors)][];
        int g = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (subject[i] == subject[j]) {
                    genuinePairs[g++] = new int[] {i, j};
                } else if (!sampled) {
                    impostorPairs[k++] = new int[] {i, j};
                }
            }
        }
        if (sampled) {
            SplittableRandom random = new SplittableRandom(42);
            while (k < impostorPairs.length) {
                int i = random.nextInt(n);
                int j = random.nextInt(n);
                if (subject[i] != subject[j]) {
                    impostorPairs[k++] = new int[] {Math.min(i, j), Math.max(i, j)};
                }
            }
        }
        AtomicLong nanos = new AtomicLong();
        AtomicLong compared = new AtomicLong();
        double[] genuine = distances(genuinePairs, scorer, nanos, compared);
        double[] impostor = distances(impostorPairs, scorer, nanos, compared);
        double micros = compared.get() == 0 ? 0 : nanos.get() / 1e3 / compared.get();
        return new Verification(new ErrorRates(genuine, impostor), genuineCount, impostorPairs.length, sampled,
                micros);
    }

    private static double[] distances(int[][] pairs, PairScorer scorer, AtomicLong nanos, AtomicLong compared) {
        double[] out = new double[pairs.length];
        int chunk = 4096;
        IntStream.range(0, (pairs.length + chunk - 1) / chunk).parallel().forEach(c -> {
            long start = System.nanoTime();
            int count = 0;
            for (int p = c * chunk; p < Math.min(pairs.length, (c + 1) * chunk); p++) {
                double d = scorer.distance(pairs[p][0], pairs[p][1]);
                if (Double.isNaN(d)) {
                    out[p] = WORST;
                } else {
                    out[p] = d;
                    count++;
                }
            }
            nanos.addAndGet(System.nanoTime() - start);
            compared.addAndGet(count);
        });
        return out;
    }
}
