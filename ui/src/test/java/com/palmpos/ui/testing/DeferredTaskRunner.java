package com.palmpos.ui.testing;

import com.palmpos.ui.task.TaskRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Test runner that holds tasks until the test lets them finish, to observe busy states and cancellation. */
public final class DeferredTaskRunner implements TaskRunner {

    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> TaskHandle run(String name, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        boolean[] cancelled = {false};
        pending.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                if (!cancelled[0]) {
                    onFailure.accept(e);
                }
                return;
            }
            if (!cancelled[0]) {
                onSuccess.accept(result);
            }
        });
        return () -> cancelled[0] = true;
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    /** Runs every held task and its callbacks (skipped for cancelled tasks). */
    public void finishAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }
}
