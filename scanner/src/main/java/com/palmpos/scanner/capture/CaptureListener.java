package com.palmpos.scanner.capture;

/**
 * Receives capture events. Called on the loop's own threads ("palmpos-capture" for hand events, "palmpos-camera"
 * for camera changes, so possibly concurrently), never on the JavaFX thread: a screen marshals with
 * {@code Platform.runLater}, which also serialises the two. Must return quickly; an exception is logged and does
 * not stop the loop.
 */
@FunctionalInterface
public interface CaptureListener {
    void onEvent(CaptureEvent event);
}
