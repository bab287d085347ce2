package com.palmpos.ui.internal.manager;

import com.palmpos.scanner.capture.PreviewFrame;
import com.palmpos.scanner.capture.PreviewListener;
import com.palmpos.ui.port.PalmReader;
import com.palmpos.ui.task.TaskRunner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

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
    private WritableImage canvas;
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
        if (canvas == null || canvas.getWidth() != frame.width() || canvas.getHeight() != frame.height()) {
            canvas = new WritableImage(frame.width(), frame.height());
            image.set(canvas);
        }
        canvas.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getIntArgbPreInstance(),
                frame.pixels(), frame.width());
    }
}
