package com.palmpos.ui.internal.customer;

import com.palmpos.scanner.camera.CameraState;
import com.palmpos.scanner.camera.CameraStatus;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.ui.port.PalmReader;
import com.palmpos.ui.task.TaskRunner;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The palm camera's state as an FX property, for the "no camera" / "camera lost" states of both screens: follows
 * the reader's {@link CaptureEvent.CameraChanged} events (moved to the FX thread). Properties are read on the FX
 * thread; {@link #close()} stops listening.
 */
public final class CameraWatch implements AutoCloseable {

    private final PalmReader reader;
    private final ReadOnlyObjectWrapper<CameraStatus> status;
    private final CaptureListener listener;

    public CameraWatch(PalmReader reader, TaskRunner tasks) {
        this.reader = Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(tasks, "tasks");
        this.status = new ReadOnlyObjectWrapper<>(this, "status", reader.cameraStatus());
        this.listener = event -> {
            if (event instanceof CaptureEvent.CameraChanged changed) {
                tasks.runOnUiThread(() -> status.set(changed.status()));
            }
        };
        reader.addListener(listener);
    }

    public ReadOnlyObjectProperty<CameraStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while frames arrive; false while starting, absent, lost or stopped. */
    public BooleanBinding running() {
        return Bindings.createBooleanBinding(() -> status.get().state() == CameraState.RUNNING, status);
    }

    @Override
    public void close() {
        reader.removeListener(listener);
    }
}
