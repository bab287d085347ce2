package com.palmpos.ui.testing;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an {@link FxWatchdog} (50 ms limit) around every test method of a journey FX test class:
 * {@code @ExtendWith(FxWatchdogExtension.class)} on the class or a base class. It starts after the {@code @BeforeEach}
 * methods (which may show the windows: a first show is not judged, see {@link FxWatchdog#excluding}) and asserts
 * right after the test method, before the {@code @AfterEach} methods close the windows. A test that shows a window
 * itself wraps that in {@link #showingWindows}. Logs each test's worst figures at INFO, and where our code held the
 * FX thread longest when that came within half of the limit (25 ms; {@code -Dfxwatchdog.stackFromMs=N} changes it).
 *
 * <p>Holds the running watchdog in a static field: test methods of one JVM must not run in parallel (the FX thread is
 * shared anyway). The toolkit must be running before the test method (a {@code @BeforeAll} registering the stage).
 */
public final class FxWatchdogExtension implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private static final Logger LOG = LoggerFactory.getLogger(FxWatchdogExtension.class);
    private static volatile FxWatchdog current;

    /**
     * Runs {@code show} (opening windows and waiting until they are shown) without the watchdog judging it; runs it
     * plainly outside a watched test (e.g. in {@code @BeforeEach}). Call from the test thread.
     */
    public static void showingWindows(Runnable show) {
        FxWatchdog watchdog = current;
        if (watchdog == null) {
            show.run();
        } else {
            watchdog.excluding(show);
        }
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        current = FxWatchdog.start();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        FxWatchdog watchdog = current;
        current = null;
        try {
            watchdog.assertNotBlocked();
        } finally {
            watchdog.close();
            LOG.info("FX watchdog {}.{}: own code held the FX thread at most {} ms, longest ping wait {} ms,"
                    + " {} pings ({} during window shows, not judged)", context.getRequiredTestClass().getSimpleName(),
                    context.getRequiredTestMethod().getName(), watchdog.worstOwnBlocking().toMillis(),
                    watchdog.worstLatency().toMillis(), watchdog.pings(), watchdog.excludedPings());
            if (watchdog.worstOwnBlocking().toMillis() >= Long.getLong("fxwatchdog.stackFromMs", 25)) {
                LOG.info("FX watchdog: the longest hold was at:{}{}", System.lineSeparator(), watchdog.worstOwnStack());
            }
        }
    }
}
