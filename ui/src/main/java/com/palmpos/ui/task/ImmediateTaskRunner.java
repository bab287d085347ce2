package com.palmpos.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TaskRunner} that runs everything on the calling thread before returning: for view-model tests and tools
 * without an FX thread. Never use it in the running application (it would block the FX thread).
 */
public final class ImmediateTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImmediateTaskRunner.class);

    @Override
    public <T> TaskHandle run(String name, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            LOG.warn("Task '{}' failed", name, e);
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }
}
