package com.palmpos.scanner.capture.bench;

import com.palmpos.scanner.capture.Liveness;
import com.palmpos.scanner.capture.LivenessCheck;
import com.palmpos.scanner.capture.PalmBox;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.capture.EngineFrameAnalyzer;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.HandPose;
import com.palmpos.scanner.synth.Presentations;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the liveness check adds to the capture loop: {@code accept} on every analysed frame with a hand (640x480
 * synthetic frame), {@code verdict} once per identification over the 6 kept crops.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:ActiveProcessorCount=2")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class LivenessBenchmark {
    private List<BufferedImage> frames;
    private PalmBox box;
    private LivenessCheck full;
    private LivenessCheck perFrame;
    private int next;

    @Setup
    public void setUp() {
        frames = new Presentations(new SyntheticPalms(42)).live(2, HandPose.open(), Background.cycle(1), 6);
        box = new EngineFrameAnalyzer(new PalmEngine(Parameters.defaults()), 0).analyze(frames.get(0)).box()
                .orElseThrow();
        full = new LivenessCheck();
        frames.forEach(f -> full.accept(f, box));
        perFrame = new LivenessCheck();
    }

    @Benchmark
    public LivenessCheck acceptOneFrame() {
        perFrame.accept(frames.get(next++ % 6), box);
        return perFrame;
    }

    @Benchmark
    public Liveness verdictOverSixFrames() {
        return full.verdict();
    }
}
