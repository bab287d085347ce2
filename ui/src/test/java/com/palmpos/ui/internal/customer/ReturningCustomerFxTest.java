package com.palmpos.ui.internal.customer;

import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.scanner.camera.sim.SyntheticScenes;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.SyntheticPalms;
import com.palmpos.ui.ShellPorts;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.TerminalShell;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.port.SyncStatus;
import com.palmpos.ui.testing.FxQueries;
import com.palmpos.ui.testing.FxWatchdogExtension;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.MutableSyncStatusSource;
import com.palmpos.ui.testing.SwitchableScene;
import com.palmpos.ui.testing.SyntheticCustomers;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Journeys 1 and 8 on the real shell (headless), the real services on an H2 file and the real palm reader on the
 * simulated camera: the test shows an enrolled or a stranger's synthetic hand and checks both screens and the store.
 * Every test runs under the FX watchdog; only the shell's first show is not judged.
 */
@ExtendWith(FxWatchdogExtension.class)
class ReturningCustomerFxTest {

    private static final int ANNA = 3;
    private static final int STRANGER = 7;
    private static final String ANNA_ID = "cus-anna";
    /** Palm reads on the simulated camera take seconds on a loaded 2-core machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dataDir;
    private static TestCounter counter;
    private static SyntheticScenes scenes;
    private static SwitchableScene camera;

    private final FxRobot robot = new FxRobot();
    private final FxQueries fx = new FxQueries(robot);
    private final MutableSyncStatusSource sync = new MutableSyncStatusSource();
    private TerminalShell shell;
    private CompletableFuture<Void> closed;

    @BeforeAll
    static void enrollAnna() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        scenes = new SyntheticScenes(new SyntheticPalms(42), Background.cycle(1));
        camera = new SwitchableScene(scenes.empty(5));
        counter = new TestCounter(dataDir, camera, Clock.systemUTC());
        new SyntheticCustomers(scenes).enroll(counter, ANNA_ID, "Anna Schmidt", "Anna", 120, ANNA);
        for (int visit = 0; visit < 3; visit++) {
            paidOrder(new LineRequest("latte", "large", 1, Map.of(), ""));
        }
    }

    @AfterAll
    static void closeServices() {
        counter.close();
    }

    @AfterEach
    void closeShell() throws Exception {
        camera.play(scenes.empty(5));
        counter.camera.replug();
        if (shell != null) {
            shell.close();
            closed.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void enrolledHandIsWelcomedBackOnBothScreens() {
        open();
        camera.play(scenes.visit(ANNA, 2, 400));

        waitUntil(() -> "Welcome back, Anna".equals(fx.text("#customer-greeting")), PATIENCE);

        assertThat(fx.text("#companion-headline")).isEqualTo("Welcome back, Anna!");
        long points = counter.pos.loyalty().balance(ANNA_ID);
        assertThat(fx.text("#customer-points")).isEqualTo(points + " points");
        assertThat(fx.text("#companion-message")).isEqualTo("You have " + points + " points");
        assertThat(fx.text("#companion-headline") + fx.text("#companion-message") + fx.text("#companion-hint"))
                .doesNotContain("Schmidt");
        assertThat(fx.text("#favourite-0")).isEqualTo("Latte");
        assertThat(robot.lookup(".customer-pick").queryAll()).hasSizeGreaterThan(1);
    }

    @Test
    void favouriteReorderAddsTheItemToAnOrderInTheStore() {
        open();
        camera.play(scenes.visit(ANNA, 2, 400));
        waitUntil(() -> fx.isShown("#favourite-0"), PATIENCE);
        robot.clickOn("#favourite-0");

        waitUntil(() -> fx.text("#customer-notice").equals("Added Latte"), PATIENCE);
        Order order = openOrderOf(ANNA_ID).orElseThrow();
        assertThat(order.lines()).extracting(line -> line.itemId() + "/" + line.sizeName())
                .containsExactly("latte/Large");
    }

    @Test
    void cashierRejectsAWrongIdentificationInOneTap() {
        open();
        camera.play(scenes.visit(ANNA, 2, 400));
        waitUntil(() -> fx.isShown("#favourite-0"), PATIENCE);
        robot.clickOn("#favourite-0");
        waitUntil(() -> openOrderOf(ANNA_ID).isPresent() && fx.text("#customer-notice").startsWith("Added"), PATIENCE);
        String orderId = openOrderOf(ANNA_ID).orElseThrow().id();
        int rejectedBefore = counter.pos.customers().rejectedIdentifications(ANNA_ID);

        robot.clickOn("#reject-identification");

        assertThat(fx.isShown("#customer-panel .empty-title")).isTrue();
        assertThat(fx.isShown("#customer-card")).isFalse();
        assertThat(fx.text("#companion-headline")).startsWith("Welcome to");
        waitUntil(() -> counter.pos.customers().rejectedIdentifications(ANNA_ID) == rejectedBefore + 1, PATIENCE);
        assertThat(counter.pos.orders().find(orderId).orElseThrow().customerId()).isNull();
    }

    @Test
    void strangersHandIsNotRecognised() {
        open();
        camera.play(scenes.visit(STRANGER, 2, 400));

        waitUntil(() -> fx.isShown("#customer-not-recognised"), PATIENCE);

        assertThat(fx.text("#customer-enroll-hint")).contains("enrollment");
        assertThat(fx.text("#companion-message")).isEqualTo("We don't know this palm yet.");

        // one tap from "not recognised" to the enrollment journey
        robot.clickOn("#customer-enroll");
        waitUntil(() -> fx.isShown("#enrollment-area"), PATIENCE);
    }

    @Test
    void handTooFarGetsGuidanceOnTheCustomerDisplay() {
        open();
        camera.play(scenes.tooFar(ANNA, 400));

        waitUntil(() -> "Move your hand closer to the reader".equals(fx.text("#companion-message")), PATIENCE);

        assertThat(fx.text("#companion-headline")).isEqualTo("Almost there");
    }

    @Test
    void unpluggedCameraIsShownOnBothScreensAndRecovers() {
        open();
        waitUntil(() -> !fx.isShown("#companion-camera"), PATIENCE);

        counter.camera.unplug();

        waitUntil(() -> fx.isShown("#companion-camera"), PATIENCE);
        assertThat(fx.text("#camera-status")).startsWith("Camera lost");
        assertThat(fx.text("#companion-camera")).contains("palm reader");

        counter.camera.replug();

        waitUntil(() -> !fx.isShown("#companion-camera") && !fx.isShown("#camera-status"), PATIENCE);
    }

    @Test
    void offlineBannerSaysSellingGoesOnWithThePendingCount() {
        open();
        assertThat(fx.isShown("#offline-banner")).isFalse();

        sync.publish(SyncStatus.offline(3, "connect timed out"));

        waitUntil(() -> fx.isShown("#offline-banner"), PATIENCE);
        assertThat(fx.text("#offline-banner-text")).contains("Selling goes on");
        assertThat(fx.text("#offline-banner-pending")).startsWith("3 changes wait");

        sync.publish(SyncStatus.online(0));

        waitUntil(() -> !fx.isShown("#offline-banner"), PATIENCE);
    }

    private static void paidOrder(LineRequest line) {
        Order order = counter.pos.orders().open(ServiceMode.TAKEOUT, "", "cashier-1");
        order = counter.pos.orders().addItem(order.id(), line);
        counter.pos.orders().attachCustomer(order.id(), ANNA_ID);
        counter.pos.payments().payCash(order.id(), Money.parse("50.00", order.currency()),
                Money.zero(order.currency()));
    }

    private static Optional<Order> openOrderOf(String customerId) {
        return counter.pos.orders().openOrders().stream()
                .filter(order -> customerId.equals(order.customerId())).findFirst();
    }

    private void open() {
        InMemoryManagerAuthenticator authenticator = new InMemoryManagerAuthenticator(Clock.systemUTC());
        shell = new TerminalShell(UiSettings.defaults(), new TerminalInfo("test", dataDir),
                new ShellPorts(authenticator, sync, counter.services));
        FxWatchdogExtension.showingWindows(() -> {
            closed = shell.open();
            waitUntil(() -> fx.isShown("#counter-screen") && fx.isShown("#companion"), PATIENCE);
        });
    }
}
