package com.palmpos.ui.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxWatchdogTest {

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void reportsABlockedFxThreadWithWhereItWas() {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            WaitForAsyncUtils.waitForFxEvents();
            Platform.runLater(FxWatchdogTest::blockForAWhile);
            WaitForAsyncUtils.waitForFxEvents();

            assertThatThrownBy(watchdog::assertNotBlocked)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("FX thread was blocked for").hasMessageContaining("by application code")
                    .hasMessageContaining("blockForAWhile");
        }
    }

    @Test
    void doesNotJudgeWhatRunsWhileAWindowIsShownButJudgesWhatFollows() {
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            watchdog.excluding(() -> {
                Platform.runLater(FxWatchdogTest::blockForAWhile);
                WaitForAsyncUtils.waitForFxEvents();
            });
            watchdog.assertNotBlocked();
            assertThat(watchdog.excludedPings()).isPositive();

            Platform.runLater(FxWatchdogTest::blockForAWhile);
            WaitForAsyncUtils.waitForFxEvents();
            assertThatThrownBy(watchdog::assertNotBlocked).hasMessageContaining("blockForAWhile");
        }
    }

    @Test
    void passesWhileTheFxThreadOnlyRunsShortActions() {
        try (FxWatchdog watchdog = FxWatchdog.start(Duration.ofSeconds(2), Duration.ofMillis(5))) {
            for (int i = 0; i < 20; i++) {
                Platform.runLater(() -> { });
            }
            WaitForAsyncUtils.waitForFxEvents();

            watchdog.assertNotBlocked();
            assertThat(watchdog.pings()).isPositive();
        }
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> FxWatchdog.start(Duration.ZERO, Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
    }

    /** The misbehaviour under test: application code holding the FX thread (this sleep is not a wait for a state). */
    private static void blockForAWhile() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
