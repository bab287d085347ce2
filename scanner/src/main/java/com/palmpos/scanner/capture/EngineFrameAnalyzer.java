package com.palmpos.scanner.capture;

import com.palmpos.scanner.Extraction;
import com.palmpos.scanner.FailureReason;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmLocation;
import com.palmpos.scanner.capture.internal.HandBox;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link FrameAnalyzer} on the palm engine. Stages: the engine's extraction, whose first stage is the learned palm
 * detector (a 192x192 view of the whole frame, so its cost does not grow with the camera's resolution): no palm is
 * "no hand", whatever the colour of the wall -> the hand's box from the detector's palm box and keypoints (for the
 * preview and the guidance) -> motion-blur gate inside the palm box (a moving hand is smeared; its template would not
 * match) -> the template, or the extraction's failure as guidance. The capture loop analyses only the newest frame
 * and drops the ones that arrive meanwhile, which bounds the detector's rate to what the analysis thread can do.
 * Thread-safe (the engine is).
 */
public final class EngineFrameAnalyzer implements FrameAnalyzer {
    /**
     * Smallest Laplacian standard deviation (grey levels, frame at 320 px wide) inside the detector's palm box of a
     * hand held still. Measured on synthetic frames (3 subjects x 5 backgrounds): sharp hands 12.1-19.1, hands
     * smeared sideways by 12-40 px 4.4-9.1 (by 8 px 6.9-11.4). The palm box separates them better than the whole
     * hand's box (sharp 7.6-14.5 there: the background's own edges dilute it). Calibrated on synthetic frames
     * only: a soft real webcam may sit lower, so measure it on site (debug capture) and lower this, or pass 0 to
     * turn the gate off.
     */
    public static final double DEFAULT_MIN_SHARPNESS = 10.5;

    private static final PalmBox WHOLE_FRAME = new PalmBox(0, 0, 1, 1);

    private final PalmEngine engine;
    private final double minSharpness;

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
        return analyze(frame, false);
    }

    /** Enrollment captures go through {@link PalmEngine#extractForEnrollment} (a steadier palm square). */
    @Override
    public Analysis analyze(BufferedImage frame, boolean enrolling) {
        Extraction extraction = enrolling ? engine.extractForEnrollment(frame, InputKind.HAND)
                : engine.extract(frame, InputKind.HAND);
        if (extraction.failure().orElse(null) == FailureReason.NO_HAND) {
            return new Analysis.NoHand();
        }
        Optional<PalmLocation> palm = extraction.location();
        // without the detector (classic pipeline, kept for comparison) there is no palm box: the whole frame
        PalmBox box = palm.map(where -> HandBox.around(where, frame.getWidth(), frame.getHeight()))
                .orElse(WHOLE_FRAME);
        if (minSharpness > 0 && palm.isPresent()
                && HandBox.sharpness(frame, HandBox.palm(palm.get(), frame.getWidth(), frame.getHeight())) < minSharpness) {
            return new Analysis.NeedsGuidance(GuidanceHint.BLURRED, box);
        }
        if (extraction.succeeded()) {
            return new Analysis.Candidate(extraction.template().orElseThrow(),
                    extraction.quality().orElseThrow().score(), box, extraction.probes());
        }
        return new Analysis.NeedsGuidance(GuidanceHint.of(extraction.failure().orElseThrow()), box);
    }
}
