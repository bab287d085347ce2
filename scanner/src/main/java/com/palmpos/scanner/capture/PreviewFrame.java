package com.palmpos.scanner.capture;

import java.nio.IntBuffer;
import java.util.Objects;
import java.util.Optional;

/**
 * A small picture of what the camera sees, with the last known hand outline: what the companion screen draws at
 * the camera's frame rate. Immutable: the pixels are only reachable as a read-only buffer, which JavaFX's
 * {@code PixelWriter.setPixels(..., PixelFormat.getIntArgbPreInstance(), buffer, width)} takes without copying.
 */
public final class PreviewFrame {
    /** How the outline should be drawn. */
    public enum Outline { NONE, GUIDANCE, READY }

    private final int width;
    private final int height;
    private final int[] argb;
    private final PalmBox box;
    private final Outline outline;
    private final long sequence;

    /** Takes ownership of {@code argb} (opaque ARGB pixels, row by row); the caller must not keep it. */
    public PreviewFrame(int width, int height, int[] argb, PalmBox box, Outline outline, long sequence) {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("preview of " + width + "x" + height + " needs " + width * height
                    + " pixels, got " + argb.length);
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
        this.box = box;
        this.outline = box == null ? Outline.NONE : Objects.requireNonNull(outline, "outline");
        this.sequence = sequence;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Opaque ARGB pixels, row by row, as a read-only view (no copy). */
    public IntBuffer pixels() {
        return IntBuffer.wrap(argb).asReadOnlyBuffer();
    }

    /** The hand's box from the most recent analysis, if a hand was in view. */
    public Optional<PalmBox> box() {
        return Optional.ofNullable(box);
    }

    public Outline outline() {
        return outline;
    }

    /** Camera frame number this preview was made from. */
    public long sequence() {
        return sequence;
    }
}
