package com.palmpos.ui.testing;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.CameraStatus;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.scanner.capture.PreviewListener;
import com.palmpos.ui.port.PalmReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link PalmReader} whose events the test sends ({@link #emit}); records enrollment requests and gallery
 * additions. For view-model tests that need no camera. Thread-safe.
 */
public final class ScriptedPalmReader implements PalmReader {

    private final List<CaptureListener> listeners = new CopyOnWriteArrayList<>();
    public final Map<String, PalmTemplate> gallery = new ConcurrentHashMap<>();
    public volatile int enrollmentsStarted;
    public volatile int enrollmentsCancelled;

    /** A valid template with all-zero code words (the shape of a real one). */
    public static PalmTemplate template() {
        return new PalmTemplate(1, 0.8f, new long[PalmTemplate.GRID * PalmTemplate.GRID / 64],
                new long[PalmTemplate.COARSE_GRID * PalmTemplate.COARSE_GRID / 64]);
    }

    /** Back to a reader nobody listens to and that enrolled nothing. */
    public void reset() {
        listeners.clear();
        gallery.clear();
        enrollmentsStarted = 0;
        enrollmentsCancelled = 0;
    }

    public void emit(CaptureEvent event) {
        listeners.forEach(listener -> listener.onEvent(event));
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
    }

    @Override
    public void removePreviewListener(PreviewListener listener) {
    }

    @Override
    public void startEnrollment(int captures) {
        enrollmentsStarted++;
    }

    @Override
    public void cancelEnrollment() {
        enrollmentsCancelled++;
    }

    @Override
    public void addToGallery(String customerId, PalmTemplate template) {
        gallery.put(customerId, template);
    }

    @Override
    public void removeFromGallery(String customerId) {
        gallery.remove(customerId);
    }

    @Override
    public CameraStatus cameraStatus() {
        throw new UnsupportedOperationException("the scripted reader has no camera");
    }
}
