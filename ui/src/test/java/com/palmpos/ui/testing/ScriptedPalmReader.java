package com.palmpos.ui.testing;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.CameraState;
import com.palmpos.scanner.camera.CameraStatus;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.scanner.capture.PreviewListener;
import com.palmpos.ui.port.PalmReader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A palm reader whose events the test sends when it wants (on the test's thread, like the real reader's own
 * threads are not the FX thread). Enrollment and preview are not scripted. Thread-safe.
 */
public final class ScriptedPalmReader implements PalmReader {

    private final List<CaptureListener> listeners = new CopyOnWriteArrayList<>();

    /** Sends {@code event} to every listener now. */
    public void emit(CaptureEvent event) {
        listeners.forEach(listener -> listener.onEvent(event));
    }

    /** The palm of {@code customerId} was recognised with a good score. */
    public void identify(String customerId) {
        emit(new CaptureEvent.Identified(customerId, 0.93));
    }

    public int listenerCount() {
        return listeners.size();
    }

    @Override
    public void addListener(CaptureListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CaptureListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void addPreviewListener(PreviewListener listener) {
        // no preview frames in scripted tests
    }

    @Override
    public void removePreviewListener(PreviewListener listener) {
        // no preview frames in scripted tests
    }

    @Override
    public void startEnrollment(int captures) {
        throw new UnsupportedOperationException("enrollment is not scripted: use the capture loop reader");
    }

    @Override
    public void cancelEnrollment() {
        // nothing runs
    }

    @Override
    public void addToGallery(String customerId, PalmTemplate template) {
        // no gallery: identifications are scripted
    }

    @Override
    public void removeFromGallery(String customerId) {
        // no gallery: identifications are scripted
    }

    @Override
    public CameraStatus cameraStatus() {
        return new CameraStatus(CameraState.RUNNING, "scripted", "events come from the test");
    }
}
