package com.palmpos.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the app's FX tests ask of the running terminal's scenes: text, presence, waits. Reads on the FX thread. */
final class FxQueries {
    private static final Duration STATE_PATIENCE = Duration.ofSeconds(30);

    private final FxRobot robot;

    FxQueries(FxRobot robot) {
        this.robot = robot;
    }

    /** The text of the labelled node {@code query} finds, or "" when there is none. */
    String text(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse(""));
    }

    /** Whether a node {@code query} finds is in a scene (the screen holding it is shown). */
    boolean isShown(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(Node::getScene).isPresent());
    }

    static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(query));
        } catch (TimeoutException e) {
            throw new AssertionError("FX thread did not answer within 20 s", e);
        }
    }

    static void waitUntil(Callable<Boolean> condition) {
        waitUntil(condition, STATE_PATIENCE);
    }

    static void waitUntil(Callable<Boolean> condition, Duration patience) {
        try {
            WaitForAsyncUtils.waitFor(patience.toSeconds(), TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("terminal did not reach the expected state within " + patience.toSeconds()
                    + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
