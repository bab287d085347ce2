package com.palmpos.ui.internal.enrollment;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.ui.internal.session.CompanionPage;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;

/**
 * The palm-capture step both enrollment journeys share: enters the step, then turns the reader's events into the
 * cashier's progress and hints and the customer display's capture page, and hands the template on. A failed capture
 * offers "try again". UI thread only.
 *
 * @param <S> the journey's steps
 */
final class GuidedCapture<S extends Enum<S>> {

    /** Captures fused into one enrollment template. */
    static final int CAPTURES = 3;

    private final EnrollmentCapture capture;
    private final JourneyState<S> state;
    private final EnrollmentTexts texts;
    private final ObjectProperty<CompanionPage> companion;

    GuidedCapture(EnrollmentCapture capture, JourneyState<S> state, EnrollmentTexts texts,
            ObjectProperty<CompanionPage> companion) {
        this.capture = Objects.requireNonNull(capture, "capture");
        this.state = Objects.requireNonNull(state, "state");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.companion = Objects.requireNonNull(companion, "companion");
    }

    /** Enters {@code step} and starts the captures; {@code onTemplate} gets the enrolled template. Restarts. */
    void start(S step, Consumer<PalmTemplate> onTemplate) {
        state.enter(step, texts.get("enrollment.capture.title"), texts.get("enrollment.capture.hold"));
        state.progress(0, CAPTURES);
        show(texts.get("enrollment.capture.hold"));
        capture.start(CAPTURES, event -> onEvent(event, onTemplate));
    }

    /** Stops a running capture (the reader returns to identification). Idempotent. */
    void stop() {
        capture.stop();
    }

    private void onEvent(CaptureEvent event, Consumer<PalmTemplate> onTemplate) {
        if (event instanceof CaptureEvent.EnrollmentProgress progress) {
            state.progress(progress.captured(), progress.required());
            show(texts.get("enrollment.capture.progress", progress.captured(), progress.required()));
        } else if (event instanceof CaptureEvent.Guidance guidance) {
            show(texts.guidance(guidance.hint()));
        } else if (event instanceof CaptureEvent.NoHand) {
            show(texts.get("enrollment.capture.hold"));
        } else if (event instanceof CaptureEvent.Enrolled enrolled) {
            capture.finished();
            onTemplate.accept(enrolled.template());
        } else if (event instanceof CaptureEvent.EnrollmentFailed) {
            capture.finished();
            state.error(texts.get("enrollment.capture.failed"));
            state.retry(true);
        }
    }

    private void show(String instruction) {
        state.status(instruction);
        companion.set(new CompanionPage.EnrollCapture(state.captured(), state.required(), instruction));
    }
}
