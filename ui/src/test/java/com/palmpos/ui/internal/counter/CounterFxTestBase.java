package com.palmpos.ui.internal.counter;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.ui.testing.FxWatchdogExtension;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * What the counter's journey FX tests share: the toolkit, one {@link TestCounter} (real services on an H2 file) per
 * test class, a fresh counter screen per test ({@link CounterStage}, warmed up once per JVM), and the FX watchdog
 * around every test. A subclass seeding data adds its own {@code @BeforeAll} (it runs after this one).
 */
@ExtendWith(FxWatchdogExtension.class)
abstract class CounterFxTestBase {

    @TempDir
    static Path dir;
    static TestCounter services;

    final FxRobot robot = new FxRobot();
    CounterStage screen;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        services = new TestCounter(dir);
    }

    @AfterAll
    static void closeServices() {
        services.close();
    }

    @BeforeEach
    void showCounter() {
        screen = new CounterStage(services, robot).warmUp();
    }

    @AfterEach
    void closeCounter() {
        screen.close();
        afterJourney();
    }

    /** Runs after each test, once its screen is closed; nothing by default. */
    void afterJourney() {
    }

    /** Voids every order left open, so the next journey does not see them come back (with a palm or Ctrl+O). */
    static void voidOpenOrders() {
        services.pos.orders().openOrders().forEach(order -> services.pos.orders().voidOrder(order.id(), "test ended"));
    }

    /** An enrolled customer with a loyalty account and no card. */
    static CustomerProfile customer(String id, String name, String preferred) {
        return new CustomerProfile(id, name, preferred, "L-" + id, Set.of(), Set.of(), null, 0, Instant.EPOCH, 1,
                Instant.EPOCH);
    }
}
