package com.palmpos.scanner.camera;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One camera image. The image is owned by whoever receives the frame and must be treated as read-only: the same
 * frame is handed to the preview and to the analysis, on different threads.
 *
 * @param image the picture, usually {@link BufferedImage#TYPE_3BYTE_BGR}
 * @param sequence frame number since the supervisor started, from 0
 * @param capturedNanos {@link System#nanoTime()} when the frame was read from the device
 */
public record Frame(BufferedImage image, long sequence, long capturedNanos) {
    public Frame {
        Objects.requireNonNull(image, "image");
    }
}
