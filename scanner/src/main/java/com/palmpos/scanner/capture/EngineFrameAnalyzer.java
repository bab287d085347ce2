package com.palmpos.scanner.capture;

import com.palmpos.scanner.Extraction;
import com.palmpos.scanner.FailureReason;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.capture.internal.HandPresence;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link FrameAnalyzer} on the palm engine. Stages: presence on a thumbnail (about 2 ms; gives the hand's box for
 * the preview and skips the engine on empty frames) -> motion-blur gate (a moving hand is smeared; no point
 * extracting) -> the engine's full extraction (10-25 ms for 640x480), whose failures become guidance.
 * Thread-safe (the engine is; presence is stateless).
 */
public final class EngineFrameAnalyzer implements FrameAnalyzer {
    /**
     * Smallest Laplacian standard deviation (grey levels, hand box at 320 px wide) of a hand held still. Sharp
     * synthetic hands measure 10.4-12.6, hands smeared sideways by 12-40 px 7.3-8.7 (the outline's horizontal
     * edges stay sharp, so the drop is modest). Calibrated on synthetic frames only: a soft real webcam may sit
     * lower, so measure it on site (debug capture) and lower this, or pass 0 to turn the gate off.
     */
    public static final double DEFAULT_MIN_SHARPNESS = 9.0;

    private final PalmEngine engine;
    private final double minSharpness;
    private final HandPresence presence = new HandPresence();

    /** Analyzer with {@link #DEFAULT_MIN_SHARPNESS}. */
    public EngineFrameAnalyzer(PalmEngine engine) {
        this(engine, DEFAULT_MIN_SHARPNESS);
    }

    /**
     * @param minSharpness blur gate threshold, see {@link #DEFAULT_MIN_SHARPNESS}
     */
    public EngineFrameAnalyzer(PalmEngine engine, double minSharpness) {
        this.engine = Objects.requireNonNull(engine, "engine");
        if (!(minSharpness >= 0)) {
            throw new IllegalArgumentException("minimum sharpness must be 0 or more, got " + minSharpness);
        }
        this.minSharpness = minSharpness;
    }

    @Override
    public Analysis analyze(BufferedImage frame) {
        Optional<HandPresence.Sighting> sighting = presence.find(frame);
        if (sighting.isEmpty()) {
            return new Analysis.NoHand();
        }
        PalmBox box = sighting.get().box();
        if (sighting.get().plausibleHand() && sighting.get().sharpness() < minSharpness) {
            return new Analysis.NeedsGuidance(GuidanceHint.BLURRED, box);
        }
        Extraction extraction = engine.extract(frame, InputKind.HAND);
        if (extraction.succeeded()) {
            return new Analysis.Candidate(extraction.template().orElseThrow(),
                    extraction.quality().orElseThrow().score(), box);
        }
        FailureReason reason = extraction.failure().orElseThrow();
        return reason == FailureReason.NO_HAND
                ? new Analysis.NoHand()
                : new Analysis.NeedsGuidance(GuidanceHint.of(reason), box);
    }
}
