package com.palmpos.ui.internal.companion;

import com.palmpos.scanner.capture.PreviewFrame;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Copies preview frames into one reused {@link WritableImage}: the frame's read-only pixel buffer goes straight
 * into the image's pixel writer (no per-frame allocation), and a new image is made only when the frame size
 * changes. Must run on the FX thread (or before the image is shown); about 0.1 ms for 320x240 (see
 * PreviewPaintBenchmark). Not thread-safe.
 */
final class PreviewPainter {

    private WritableImage image;

    /** @return the image holding {@code frame}'s pixels (the same object as last time unless the size changed) */
    WritableImage paint(PreviewFrame frame) {
        if (image == null || (int) image.getWidth() != frame.width() || (int) image.getHeight() != frame.height()) {
            image = new WritableImage(frame.width(), frame.height());
        }
        // opaque pixels: premultiplied and plain ARGB are the same, and the premultiplied format is the native one
        image.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getIntArgbPreInstance(),
                frame.pixels(), frame.width());
        return image;
    }
}
