package com.palmpos.ui.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the ui FX tests ask of the scenes on screen: a node's text, whether it is shown, a value read on the FX thread,
 * a wait for a state. Reads run on the FX thread (scene graphs are not thread-safe); call from the test thread, never
 * from the FX thread (the waits would deadlock). The patience is generous because CI runs on a loaded 2-core machine;
 * it only costs time when a test fails.
 */
public final class FxQueries {

    /** How long a journey may take to reach an expected state (a service call, a palm read, a page change). */
    public static final Duration PATIENCE = Duration.ofSeconds(20);
    /** How long the FX thread may take to run one query (the first show of a window builds skins and fonts). */
    private static final Duration FX_ANSWER = Duration.ofSeconds(30);

    private final FxRobot robot;

    public FxQueries(FxRobot robot) {
        this.robot = Objects.requireNonNull(robot, "robot");
    }

    /** The text of the label, button or text field {@code query} finds, or "" while there is none. */
    public String text(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(FxQueries::textOf).orElse(""));
    }

    /** Whether a node {@code query} finds is in a window and neither it nor a parent is hidden. */
    public boolean isShown(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().filter(FxQueries::visibleInScene).isPresent());
    }

    /** Whether a node {@code query} finds is in a window's scene at all, hidden or not. */
    public boolean inScene(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(Node::getScene).isPresent());
    }

    /** Runs {@code query} on the FX thread and returns its result; fails if the FX thread does not answer in 30 s. */
    public static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.waitFor(FX_ANSWER.toSeconds(), TimeUnit.SECONDS,
                    WaitForAsyncUtils.asyncFx(query));
        } catch (TimeoutException e) {
            throw new AssertionError("FX thread did not answer within " + FX_ANSWER.toSeconds() + " s", e);
        }
    }

    /** Runs {@code action} on the FX thread and waits for it. */
    public static void runFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Polls {@code condition} (from the test thread) until it holds, then lets the FX thread settle. */
    public static void waitUntil(Callable<Boolean> condition) {
        waitUntil(condition, PATIENCE);
    }

    /** As {@link #waitUntil(Callable)}, with the patience a slow step (a palm capture) needs. */
    public static void waitUntil(Callable<Boolean> condition, Duration patience) {
        try {
            WaitForAsyncUtils.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("UI did not reach the expected state within " + patience.toSeconds() + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String textOf(Node node) {
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (node instanceof TextInputControl input) {
            return input.getText();
        }
        throw new AssertionError(node + " shows no text (neither a Labeled nor a text field)");
    }

    private static boolean visibleInScene(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
