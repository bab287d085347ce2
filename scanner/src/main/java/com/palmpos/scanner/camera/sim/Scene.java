package com.palmpos.scanner.camera.sim;

import java.awt.image.BufferedImage;

/**
 * What a {@link SimulatedCameraDriver} films: a finite, deterministic sequence of frames, each with a label that
 * says what it shows ({@code "empty"}, {@code "open-hand"}...), so tests and benchmarks know what was on screen
 * when. Implementations are immutable and thread-safe; frames must not be modified by receivers.
 */
public interface Scene {
    /** Number of frames; at least 1. */
    int length();

    /** Frame {@code index}, 0 &lt;= index &lt; length. Cheap (pre-rendered). */
    BufferedImage frame(int index);

    /** What frame {@code index} shows. */
    String label(int index);
}
