package com.palmpos.app.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges a soak from its samples: after the warm-up, resident memory may grow by at most {@code maxGrowthMb} (last
 * sample against the first one after the warm-up), never exceed {@code maxRssMb}, the log holds no ERROR, orders
 * were paid and the camera's frames were analysed. Pure; thread-safe.
 */
record SoakVerdict(long baselineRssMb, long lastRssMb, long maxRssMb, long growthMb, List<String> failures) {

    /** The limits of a soak run. */
    record Limits(double warmUpSeconds, long maxGrowthMb, long maxRssMb) {
    }

    /** One sample: seconds since the start, resident memory, totals so far. */
    record Point(double seconds, long rssMb, long framesAnalysed, long orders, long errors) {
    }

    boolean passed() {
        return failures.isEmpty();
    }

    static SoakVerdict of(List<Point> samples, Limits limits) {
        List<String> failures = new ArrayList<>();
        List<Point> measured = samples.stream().filter(s -> s.seconds() >= limits.warmUpSeconds()).toList();
        if (measured.size() < 2) {
            failures.add("fewer than 2 samples after the warm-up: run longer than the warm-up plus two intervals");
            long max = samples.stream().mapToLong(Point::rssMb).max().orElse(-1);
            return new SoakVerdict(-1, -1, max, 0, List.copyOf(failures));
        }
        Point first = measured.get(0);
        Point last = measured.get(measured.size() - 1);
        long max = samples.stream().mapToLong(Point::rssMb).max().orElse(-1);
        long growth = last.rssMb() - first.rssMb();
        if (first.rssMb() < 0) {
            failures.add("resident memory is not readable on this system (Linux /proc/self/status)");
        }
        if (growth >= limits.maxGrowthMb()) {
            failures.add(String.format(Locale.ROOT, "resident memory grew %d MB after the warm-up (%d -> %d MB);"
                    + " the limit is %d MB", growth, first.rssMb(), last.rssMb(), limits.maxGrowthMb()));
        }
        if (max >= limits.maxRssMb()) {
            failures.add(String.format(Locale.ROOT, "resident memory reached %d MB; the limit is %d MB", max,
                    limits.maxRssMb()));
        }
        if (last.errors() > 0) {
            failures.add(last.errors() + " ERROR line(s) in the log");
        }
        if (last.orders() <= first.orders()) {
            failures.add("no order was paid after the warm-up");
        }
        if (last.framesAnalysed() <= first.framesAnalysed()) {
            failures.add("no camera frame was analysed after the warm-up");
        }
        return new SoakVerdict(first.rssMb(), last.rssMb(), max, growth, List.copyOf(failures));
    }
}
