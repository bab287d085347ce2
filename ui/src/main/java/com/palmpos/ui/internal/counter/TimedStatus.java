package com.palmpos.ui.internal.counter;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableStringValue;
import javafx.util.Duration;

/**
 * Lets a status line go after a while, so a refusal or a notice does not stay on screen for the next customer: a
 * text left unchanged for {@link #SHOWN} is cleared. A newer text restarts the wait. FX thread only.
 */
final class TimedStatus {

    /** Long enough to read two lines at a busy counter. */
    static final Duration SHOWN = Duration.seconds(8);

    private TimedStatus() {
    }

    /**
     * @param text  the status text
     * @param clear clears the text (called with the text that timed out, on the FX thread) unless {@code keep} says
     *              it must stay (e.g. "working..." while a change runs)
     */
    static void clearAfter(ObservableStringValue text, Duration shown, java.util.function.BooleanSupplier keep,
            Consumer<String> clear) {
        PauseTransition pause = new PauseTransition(shown);
        text.addListener((obs, old, now) -> {
            pause.stop();
            if (now == null || now.isEmpty()) {
                return;
            }
            pause.setOnFinished(event -> {
                if (now.equals(text.get())) {
                    if (keep.getAsBoolean()) {
                        pause.playFromStart();
                    } else {
                        clear.accept(now);
                    }
                }
            });
            pause.playFromStart();
        });
    }
}
