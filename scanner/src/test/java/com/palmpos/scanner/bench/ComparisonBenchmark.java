package com.palmpos.scanner.bench;

import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmMatcher;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One 1:1 comparison (quadrant shift search over the fine code) and one template decode. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ComparisonBenchmark {
    private PalmMatcher matcher;
    private PalmTemplate a;
    private PalmTemplate b;
    private byte[] stored;

    @Setup
    public void setUp() {
        PalmEngine engine = new PalmEngine(Parameters.defaults());
        SyntheticPalms palms = new SyntheticPalms(1);
        a = engine.extract(palms.roi(1, 0), InputKind.ROI).template().orElseThrow();
        b = engine.extract(palms.roi(1, 1), InputKind.ROI).template().orElseThrow();
        matcher = new PalmMatcher(Parameters.defaults());
        stored = a.toBytes();
    }

    @Benchmark
    public double compare() {
        return matcher.distance(a, b);
    }

    @Benchmark
    public PalmTemplate decode() {
        return PalmTemplate.fromBytes(stored);
    }
}
