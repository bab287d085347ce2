package com.palmpos.scanner.capture.bench;

import com.palmpos.scanner.capture.PalmBox;
import com.palmpos.scanner.capture.internal.HandBox;
import com.palmpos.scanner.capture.internal.PreviewScaler;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.HandPose;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.image.BufferedImage;
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
 * Per-frame cost of the two things done for every camera frame at 15 fps: the preview (camera thread) and the
 * presence check with its blur measure (analysis thread, before the engine). A 640x480 synthetic hand frame.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:ActiveProcessorCount=2")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class PreviewBenchmark {
    private final PreviewScaler scaler = new PreviewScaler(320);
    private final int[] size = new int[2];
    private final PalmBox box = new PalmBox(0.25, 0.1, 0.5, 0.8);
    private BufferedImage frame;

    @Setup
    public void setUp() {
        frame = new SyntheticPalms(42).renderHand(2, 0, HandPose.open(), Background.cycle(1)).image();
    }

    @Benchmark
    public int[] previewFrame() {
        return scaler.scale(frame, size);
    }

    @Benchmark
    public double handBlurMeasure() {
        return HandBox.sharpness(frame, box);
    }
}
