package com.palmpos.scanner.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CPU time of the whole benchmark JVM per operation, printed after each iteration ("cpu ms/op"). On the shared
 * 2-core machine the wall time mostly measures the queue for the cores; the CPU time (all threads, including
 * OpenCV's own worker threads) is the work one operation costs, and on an otherwise idle machine its wall time
 * can only be lower (work split over both cores) or equal. Includes JIT and GC, small after warm-up.
 */
@State(Scope.Thread)
public class CpuPerOp {
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long startCpu;
    private long ops;

    @Setup(Level.Iteration)
    public void start() {
        ops = 0;
        startCpu = os.getProcessCpuTime();
    }

    /** Counts one operation. */
    public void op() {
        ops++;
    }

    @TearDown(Level.Iteration)
    public void report() {
        double ms = (os.getProcessCpuTime() - startCpu) / 1e6;
        System.out.printf(Locale.ROOT, "cpu ms/op: %.1f (%d ops)%n", ms / Math.max(1, ops), ops);
    }
}
