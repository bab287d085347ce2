package com.palmpos.ui.testing;

import com.palmpos.ui.internal.payment.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Delay} the test fires by hand: nothing runs until {@link #fireAll()}. Single-threaded. */
public final class ManualDelay implements Delay {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public Runnable schedule(Duration after, Runnable action) {
        pending.add(action);
        return () -> pending.remove(action);
    }

    public int pending() {
        return pending.size();
    }

    /** Runs every scheduled action that was not cancelled, as if its time had come. */
    public void fireAll() {
        List<Runnable> due = new ArrayList<>(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }
}
