package com.palmpos.ui.internal.manager;

import com.palmpos.scanner.capture.PreviewFrame;
import com.palmpos.scanner.capture.PreviewListener;
import com.palmpos.ui.internal.companion.PreviewPainter;
import com.palmpos.ui.port.PalmReader;
import com.palmpos.ui.task.TaskRunner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;

/**
 * The camera's live picture for the settings page. Frames arrive on the camera thread; only the newest is kept and
 * at most one draw waits on the UI thread, so a slow screen drops frames instead of queueing them. Start and stop
 * on the UI thread.
 */
final class CameraPreview {

    private final PalmReader reader;
    private final TaskRunner tasks;
    private final AtomicReference<PreviewFrame> latest = new AtomicReference<>();
    private final AtomicBoolean drawPending = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final PreviewListener listener = this::onFrame;
    private final PreviewPainter painter = new PreviewPainter();
    private boolean running;

    CameraPreview(PalmReader reader, TaskRunner tasks) {
        this.reader = reader;
        this.tasks = tasks;
    }

    void start() {
        if (!running) {
            running = true;
            reader.addPreviewListener(listener);
        }
    }

    void stop() {
        if (running) {
            running = false;
            reader.removePreviewListener(listener);
        }
    }

    /** The newest picture; null before the first frame. */
    ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    private void onFrame(PreviewFrame frame) {
        latest.set(frame);
        if (drawPending.compareAndSet(false, true)) {
            tasks.runOnUiThread(this::draw);
        }
    }

    private void draw() {
        drawPending.set(false);
        PreviewFrame frame = latest.get();
        if (frame == null || !running) {
            return;
        }
        // a bulk copy into the image's buffer; the format conversion happens on the render thread (the former
        // PixelWriter.setPixels converted every frame on the FX thread: up to 38 ms seen on a loaded 2-core machine)
        image.set(painter.paint(frame));
    }
}
