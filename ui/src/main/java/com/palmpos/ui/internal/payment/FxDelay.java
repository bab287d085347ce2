package com.palmpos.ui.internal.payment;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** {@link Delay} on the FX animation timer: no thread waits. Call on the FX thread. */
public final class FxDelay implements Delay {

    @Override
    public Runnable schedule(Duration after, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(after.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
