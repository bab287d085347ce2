package com.palmpos.ui.port;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.CameraStatus;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.scanner.capture.PreviewListener;
import java.util.Optional;

/**
 * The palm reader as the screens see it: a stream of capture events (hand guidance, identified, unknown,
 * enrollment progress, camera changes), a preview for the companion screen, and enrollment control. Implemented
 * over the scanner's capture loop ({@link com.palmpos.ui.CaptureLoopPalmReader}). Listeners are called on the
 * reader's own threads: screens move to the FX thread themselves. Thread-safe.
 */
public interface PalmReader {

    void addListener(CaptureListener listener);

    void removeListener(CaptureListener listener);

    void addPreviewListener(PreviewListener listener);

    void removePreviewListener(PreviewListener listener);

    /** Switches from identification to collecting {@code captures} consistent captures of the next hand. */
    void startEnrollment(int captures);

    /** Back to identification; a running enrollment ends without a template. */
    void cancelEnrollment();

    /** Makes a newly enrolled customer recognisable at once (the template is persisted by the caller). */
    void addToGallery(String customerId, PalmTemplate template);

    /**
     * A 1:N search of the live gallery (every palm this reader recognises, the demo customers' included) for
     * {@code template}: the enrolled customer it belongs to, if any. Expensive (one gallery search): never on the FX
     * thread.
     */
    Optional<String> enrolledAs(PalmTemplate template);

    /** Forgets a customer's palm in the live gallery (after a privacy deletion). */
    void removeFromGallery(String customerId);

    /** The camera's latest state, cheap. */
    CameraStatus cameraStatus();

    /** True while camera frames are written to disk for diagnosis: the screens must say so. */
    default boolean debugCaptureOn() {
        return false;
    }
}
