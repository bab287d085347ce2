package com.palmpos.ui.testing;

import com.palmpos.scanner.FeatureCode;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.CameraState;
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
 * A palm reader whose events the test sends when it wants (on the test's thread, like the real reader's own
 * threads are not the FX thread); records enrollment requests and gallery additions. No camera, no preview.
 * Thread-safe.
 */
public final class ScriptedPalmReader implements PalmReader {

    private final List<CaptureListener> listeners = new CopyOnWriteArrayList<>();
    public final Map<String, PalmTemplate> gallery = new ConcurrentHashMap<>();
    public volatile int enrollmentsStarted;
    public volatile int enrollmentsCancelled;

    /** A valid template with all-zero code words (the shape of a real one). */
    public static PalmTemplate template() {
        return new PalmTemplate(FeatureCode.values()[0], 1, 0.8f,
                new long[PalmTemplate.GRID * PalmTemplate.GRID / 64],
                new long[PalmTemplate.COARSE_GRID * PalmTemplate.COARSE_GRID / 64]);
    }

    /** Back to a reader nobody listens to and that enrolled nothing. */
    public void reset() {
        listeners.clear();
        gallery.clear();
        enrollmentsStarted = 0;
        enrollmentsCancelled = 0;
    }

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

    /** Counts the request; the test sends the progress and the template itself. */
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

    /** The customer whose gallery template equals {@code template} (scripted templates are exact copies). */
    @Override
    public java.util.Optional<String> enrolledAs(PalmTemplate template) {
        return gallery.entrySet().stream().filter(e -> e.getValue().equals(template)).map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public void removeFromGallery(String customerId) {
        gallery.remove(customerId);
    }

    @Override
    public CameraStatus cameraStatus() {
        return new CameraStatus(CameraState.RUNNING, "scripted", "events come from the test");
    }
}
