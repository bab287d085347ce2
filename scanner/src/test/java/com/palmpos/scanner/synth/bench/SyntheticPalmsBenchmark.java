package com.palmpos.scanner.synth.bench;

import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.HandPose;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of rendering synthetic palms, single-threaded. Run:
 * {@code mvn -B -o -pl scanner -am -Pbench test-compile exec:exec -Dbench.args="SyntheticPalms -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SyntheticPalmsBenchmark {
    private final SyntheticPalms palms = new SyntheticPalms(1);
    private int sample;

    @Benchmark
    public BufferedImage roi128() {
        return palms.roi(3, sample++);
    }

    @Benchmark
    public BufferedImage hand640x480() {
        return palms.hand(3, sample++);
    }

    @Benchmark
    public BufferedImage motionBlurredHand640x480() {
        return palms.hand(3, HandPose.blurred(20), Background.cycle(sample++));
    }

    @Benchmark
    public BufferedImage emptyBackground640x480() {
        return palms.background(sample++, 640, 480);
    }
}
