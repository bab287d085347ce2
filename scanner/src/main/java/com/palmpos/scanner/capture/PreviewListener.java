package com.palmpos.scanner.capture;

/**
 * Receives preview frames at the camera's frame rate, on the camera thread. Must return quickly (keep the newest
 * frame in a field and draw it on the next pulse); an exception is logged and does not stop the camera.
 */
@FunctionalInterface
public interface PreviewListener {
    void onPreview(PreviewFrame frame);
}
