package com.palmpos.scanner.capture;

import java.awt.image.BufferedImage;

/**
 * Port: one camera frame in, hand presence / guidance / template out. The capture loop calls it on its analysis
 * thread only, so an implementation need not be thread-safe, but it must not keep or modify the frame.
 * {@link EngineFrameAnalyzer} is the production implementation.
 */
@FunctionalInterface
public interface FrameAnalyzer {
    Analysis analyze(BufferedImage frame);

    /**
     * Same, knowing whether the loop is collecting enrollment captures, where an implementation may spend more per
     * frame for a steadier template (the customer waits for several captures anyway). By default no difference.
     */
    default Analysis analyze(BufferedImage frame, boolean enrolling) {
        return analyze(frame);
    }
}
