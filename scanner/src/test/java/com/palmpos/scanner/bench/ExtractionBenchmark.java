package com.palmpos.scanner.bench;

import com.palmpos.scanner.Extraction;
import com.palmpos.scanner.HandDetection;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Template extraction from a 150x150 palm crop and from a 640x480 whole-hand frame (synthetic images): palm
 * detection + ROI + template, with the shipped lite detector (run once for identification, and also on the mirror
 * image for an enrollment capture), the lite detector on the mirror image for every frame (the previous
 * setting), the full one, or the classic skin pipeline (off).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {
    @Param({"lite", "lite-mirror-always", "full", "off"})
    public String detector;

    private PalmEngine engine;
    private BufferedImage roi;
    private BufferedImage hand;

    @Setup
    public void setUp() {
        Parameters p = Parameters.defaults();
        engine = new PalmEngine(switch (detector) {
            case "full" -> p.withDetection(p.detection().withModel(HandDetection.Model.FULL));
            case "lite-mirror-always" -> p.withDetection(p.detection().withMirror(HandDetection.Mirror.ALWAYS));
            case "off" -> p.withoutDetector();
            default -> p;
        });
        SyntheticPalms palms = new SyntheticPalms(1);
        roi = palms.roi(1, 0, 150);
        hand = palms.hand(1, 0);
        if (!engine.extract(hand, InputKind.HAND).succeeded()) {
            throw new IllegalStateException("benchmark hand frame yields no template");
        }
    }

    @Benchmark
    public Extraction roi150() {
        return engine.extract(roi, InputKind.ROI);
    }

    /** A counter capture: detection, square, template and its two turned probe codes. */
    @Benchmark
    public Extraction hand640x480(CpuPerOp cpu) {
        cpu.op();
        return engine.extract(hand, InputKind.HAND);
    }

    /** An enrollment capture: the template alone (plus the mirrored detection where the setting says). */
    @Benchmark
    public Extraction hand640x480Enrollment(CpuPerOp cpu) {
        cpu.op();
        return engine.extractForEnrollment(hand, InputKind.HAND);
    }
}
