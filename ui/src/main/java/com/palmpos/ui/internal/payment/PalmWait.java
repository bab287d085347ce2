package com.palmpos.ui.internal.payment;

import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.ui.port.PalmReader;
import com.palmpos.ui.task.TaskRunner;
import java.time.Clock;
import java.time.Duration;

/**
 * Waits for the customer's palm to confirm a palm payment: the expected customer's palm, another palm, an unreadable
 * one, or nothing before the timeout. Listens to the reader only while waiting. Reader events arrive on its threads
 * and are handled on the UI thread; {@link #start()} and {@link #stop()} are UI-thread only.
 */
final class PalmWait {

    /** What the wait ended with (or, for {@link #unrecognised()}, saw while going on). UI thread. */
    interface Outcome {
        void matched(PalmIdentification identification);

        void otherPalm();

        void unrecognised();

        void timedOut();
    }

    private final PalmReader reader;
    private final TaskRunner tasks;
    private final Delay delay;
    private final Duration timeout;
    private final Clock clock;
    private final String customerId;
    private final Outcome outcome;
    private final CaptureListener listener = this::onReaderThread;
    private Runnable cancelTimeout = () -> { };
    private boolean waiting;

    PalmWait(PalmReader reader, TaskRunner tasks, Delay delay, Duration timeout, Clock clock, String customerId,
            Outcome outcome) {
        this.reader = reader;
        this.tasks = tasks;
        this.delay = delay;
        this.timeout = timeout;
        this.clock = clock;
        this.customerId = customerId;
        this.outcome = outcome;
    }

    void start() {
        waiting = true;
        reader.addListener(listener);
        cancelTimeout = delay.schedule(timeout, () -> {
            if (waiting) {
                stop();
                outcome.timedOut();
            }
        });
    }

    /** Stops listening; no outcome is reported afterwards. Idempotent. */
    void stop() {
        waiting = false;
        reader.removeListener(listener);
        cancelTimeout.run();
    }

    private void onReaderThread(CaptureEvent event) {
        if (event instanceof CaptureEvent.Identified || event instanceof CaptureEvent.Unknown) {
            tasks.runOnUiThread(() -> handle(event));
        }
    }

    private void handle(CaptureEvent event) {
        if (!waiting) {
            return;
        }
        if (event instanceof CaptureEvent.Identified identified) {
            stop();
            if (identified.customerId().equals(customerId)) {
                outcome.matched(new PalmIdentification(identified.customerId(), identified.score(), clock.instant()));
            } else {
                outcome.otherPalm();
            }
        } else {
            outcome.unrecognised();
        }
    }
}
