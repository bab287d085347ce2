package com.palmpos.scanner;

import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/**
 * Receives the image of each pipeline stage for debugging. The image is passed as a supplier so that
 * {@link #NONE} costs nothing: no conversion or copy happens unless a sink asks for it.
 * Implementations are called from the extracting thread and must be thread-safe if the engine is shared.
 */
@FunctionalInterface
public interface DebugSink {
    /** Discards everything; the default. */
    DebugSink NONE = (stage, image) -> { };

    /**
     * @param stage short stage name, e.g. {@code "segmentation"}, {@code "roi"}
     * @param image the stage's picture, built only when called
     */
    void stage(String stage, Supplier<BufferedImage> image);
}
