package com.palmpos.ui.internal.enrollment;

import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.ui.port.PalmReader;
import com.palmpos.ui.task.TaskRunner;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One run of guided palm captures: switches the reader to enrollment, passes its events to a handler on the UI
 * thread, and switches back. Events that arrive after {@link #stop()} (they cross threads) are dropped, so a
 * cancelled journey never sees a late template. UI thread only.
 */
final class EnrollmentCapture {

    private final PalmReader reader;
    private final TaskRunner tasks;
    private CaptureListener listener;

    EnrollmentCapture(PalmReader reader, TaskRunner tasks) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * Starts collecting {@code captures} captures; {@code onEvent} gets the enrollment and guidance events on the
     * UI thread until {@link #stop()}. Starting again restarts. Cheap: the reader works on its own threads.
     */
    void start(int captures, Consumer<CaptureEvent> onEvent) {
        stop();
        CaptureListener current = new CaptureListener() {
            @Override
            public void onEvent(CaptureEvent event) {
                if (relevant(event)) {
                    tasks.runOnUiThread(() -> {
                        if (listener == this) {
                            onEvent.accept(event);
                        }
                    });
                }
            }
        };
        listener = current;
        reader.addListener(current);
        reader.startEnrollment(captures);
    }

    /** Stops listening; if a capture was running the reader goes back to identification. Idempotent. */
    void stop() {
        if (listener != null) {
            reader.removeListener(listener);
            listener = null;
            reader.cancelEnrollment();
        }
    }

    /** Ends the run after a template arrived (the reader is back to identification already). */
    void finished() {
        if (listener != null) {
            reader.removeListener(listener);
            listener = null;
        }
    }

    private static boolean relevant(CaptureEvent event) {
        return event instanceof CaptureEvent.EnrollmentProgress || event instanceof CaptureEvent.Enrolled
                || event instanceof CaptureEvent.EnrollmentFailed || event instanceof CaptureEvent.Guidance
                || event instanceof CaptureEvent.NoHand;
    }
}
