package com.palmpos.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the FX runner with a hand-made "UI thread" (a queue drained by the test) instead of JavaFX. */
class FxTaskRunnerTest {

    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final FxTaskRunner runner = new FxTaskRunner(Executors.newSingleThreadExecutor(), uiQueue::add);
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeRunner() {
        runner.close();
    }

    @Test
    void deliversTheResultThroughTheUiExecutor() throws InterruptedException {
        runner.run("answer", () -> Thread.currentThread().getName(), seen::add, failure -> seen.add("failed"));

        uiQueue.poll(5, TimeUnit.SECONDS).run();

        assertThat(seen).singleElement().asString().doesNotContain("main");
    }

    @Test
    void deliversTheFailureThroughTheUiExecutor() throws InterruptedException {
        runner.run("broken", () -> {
            throw new IllegalStateException("disk full");
        }, result -> seen.add("ok"), failure -> seen.add(failure.getMessage()));

        uiQueue.poll(5, TimeUnit.SECONDS).run();

        assertThat(seen).containsExactly("disk full");
    }

    @Test
    void deliversAnErrorAsFailureSoTheScreenLeavesItsBusyState() throws InterruptedException {
        runner.run("linkage", () -> {
            throw new NoClassDefFoundError("org/h2/Driver");
        }, result -> seen.add("ok"), failure -> seen.add(failure.getMessage()));

        uiQueue.poll(5, TimeUnit.SECONDS).run();

        assertThat(seen).singleElement().asString().contains("linkage").contains("org/h2/Driver");
    }

    @Test
    void skipsCallbacksOfACancelledTask() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        TaskRunner.TaskHandle handle = runner.run("slow", () -> {
            release.await(5, TimeUnit.SECONDS);
            return "done";
        }, seen::add, failure -> seen.add("failed"));

        handle.cancel();
        release.countDown();
        runner.run("marker", () -> "marker", seen::add, failure -> seen.add("failed"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> drainInto() && seen.contains("marker"));

        assertThat(seen).containsExactly("marker");
    }

    private boolean drainInto() {
        Runnable next;
        while ((next = uiQueue.poll()) != null) {
            next.run();
        }
        return true;
    }
}
