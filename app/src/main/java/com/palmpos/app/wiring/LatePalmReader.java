package com.palmpos.app.wiring;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.CameraState;
import com.palmpos.scanner.camera.CameraStatus;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.scanner.capture.PreviewListener;
import com.palmpos.ui.port.PalmReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The palm reader the screens are built with while the real one warms up in the background (OpenCV's native
 * library, the palm detector model, the gallery from the customer cache, the camera): the counter sells meanwhile.
 * Until {@link #connect} the camera reads {@link CameraState#STARTING} with a sentence saying so, identification
 * and enrollment wait (an enrollment started now is refused by the reader's state, nothing is captured), and the
 * listeners are kept and handed over on connect. If the reader cannot start, {@link #fail} says so in the camera
 * status; the rest of the till keeps working. Thread-safe.
 */
public final class LatePalmReader implements PalmReader {
    private static final Logger LOG = LoggerFactory.getLogger(LatePalmReader.class);

    /** What the screens show until the reader is connected. */
    public static final String WARMING_UP = "The palm reader is starting (camera and palm engine): sales, cash and"
            + " cards work meanwhile";

    private final List<CaptureListener> listeners = new CopyOnWriteArrayList<>();
    private final List<PreviewListener> previews = new CopyOnWriteArrayList<>();
    /** Gallery changes made before connect, replayed on connect (the reader's first load may predate them). */
    private final List<Consumer<PalmReader>> pending = new ArrayList<>();
    private volatile PalmReader target;
    private volatile CameraStatus status = new CameraStatus(CameraState.STARTING, "", WARMING_UP);
    private final boolean debugCapture;

    /** A reader without camera debug capture. */
    public LatePalmReader() {
        this(false);
    }

    /**
     * @param debugCapture whether the real reader will write frames to disk: the screens read it when they are built,
     *     before the reader is up, and must say so from the start
     */
    public LatePalmReader(boolean debugCapture) {
        this.debugCapture = debugCapture;
    }

    /** Hands the listeners over to {@code reader}; later calls go to it. Call once. */
    public synchronized void connect(PalmReader reader) {
        if (target != null) {
            throw new IllegalStateException("the palm reader is connected already");
        }
        listeners.forEach(reader::addListener);
        previews.forEach(reader::addPreviewListener);
        pending.forEach(change -> change.accept(reader));
        pending.clear();
        target = reader;
        // the real reader's own STARTING/RUNNING events may have gone out before the listeners were added
        publish(reader.cameraStatus());
    }

    /** The reader could not start: the screens say {@code message} instead of "starting". */
    public synchronized void fail(String message) {
        if (target != null) {
            return;
        }
        status = new CameraStatus(CameraState.STOPPED, "", message);
        publish(status);
    }

    /** True once the real reader is connected. Cheap. */
    public boolean connected() {
        return target != null;
    }

    private void publish(CameraStatus changed) {
        CaptureEvent event = new CaptureEvent.CameraChanged(changed);
        for (CaptureListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("A capture listener failed on a camera change", e);
            }
        }
    }

    @Override
    public synchronized void addListener(CaptureListener listener) {
        listeners.add(listener);
        if (target != null) {
            target.addListener(listener);
        }
    }

    @Override
    public synchronized void removeListener(CaptureListener listener) {
        listeners.remove(listener);
        if (target != null) {
            target.removeListener(listener);
        }
    }

    @Override
    public synchronized void addPreviewListener(PreviewListener listener) {
        previews.add(listener);
        if (target != null) {
            target.addPreviewListener(listener);
        }
    }

    @Override
    public synchronized void removePreviewListener(PreviewListener listener) {
        previews.remove(listener);
        if (target != null) {
            target.removePreviewListener(listener);
        }
    }

    @Override
    public void startEnrollment(int captures) {
        PalmReader reader = target;
        if (reader == null) {
            throw new IllegalStateException(status.message());
        }
        reader.startEnrollment(captures);
    }

    @Override
    public void cancelEnrollment() {
        Optional.ofNullable(target).ifPresent(PalmReader::cancelEnrollment);
    }

    @Override
    public synchronized void addToGallery(String customerId, PalmTemplate template) {
        change(r -> r.addToGallery(customerId, template));
    }

    @Override
    public Optional<String> enrolledAs(PalmTemplate template) {
        PalmReader reader = target;
        return reader == null ? Optional.empty() : reader.enrolledAs(template);
    }

    /** A deletion before connect is replayed on connect: the reader's first load may have read the template. */
    @Override
    public synchronized void removeFromGallery(String customerId) {
        change(r -> r.removeFromGallery(customerId));
    }

    private void change(Consumer<PalmReader> change) {
        if (target == null) {
            pending.add(change);
        } else {
            change.accept(target);
        }
    }

    @Override
    public CameraStatus cameraStatus() {
        PalmReader reader = target;
        return reader == null ? status : reader.cameraStatus();
    }

    @Override
    public boolean debugCaptureOn() {
        PalmReader reader = target;
        return reader == null ? debugCapture : reader.debugCaptureOn();
    }
}
