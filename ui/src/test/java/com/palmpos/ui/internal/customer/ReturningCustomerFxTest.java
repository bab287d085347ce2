package com.palmpos.ui.internal.customer;

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
import com.palmpos.ui.testing.FxWatchdog;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.MutableSyncStatusSource;
import com.palmpos.ui.testing.SwitchableScene;
import com.palmpos.ui.testing.SyntheticCustomers;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Journeys 1 and 8 on the real shell (headless), the real services on an H2 file and the real palm reader on the
 * simulated camera: the test shows an enrolled or a stranger's synthetic hand and checks both screens and the store.
 */
class ReturningCustomerFxTest {

    private static final int ANNA = 3;
    private static final int STRANGER = 7;
    private static final String ANNA_ID = "cus-anna";
    private static final int PATIENCE_SECONDS = 60;

    @TempDir
    static Path dataDir;
    private static TestCounter counter;
    private static SyntheticScenes scenes;
    private static SwitchableScene camera;

    private final FxRobot robot = new FxRobot();
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
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            camera.play(scenes.visit(ANNA, 2, 400));

            waitUntil(() -> "Welcome back, Anna".equals(text("#customer-greeting")));

            assertThat(text("#companion-headline")).isEqualTo("Welcome back, Anna!");
            long points = counter.pos.loyalty().balance(ANNA_ID);
            assertThat(text("#customer-points")).isEqualTo(points + " points");
            assertThat(text("#companion-message")).isEqualTo("You have " + points + " points");
            assertThat(text("#companion-headline") + text("#companion-message") + text("#companion-hint"))
                    .doesNotContain("Schmidt");
            assertThat(text("#favourite-0")).isEqualTo("Latte");
            assertThat(robot.lookup(".customer-pick").queryAll()).hasSizeGreaterThan(1);
            watchdog.assertNotBlocked();
        }
    }

    @Test
    void favouriteReorderAddsTheItemToAnOrderInTheStore() {
        open();
        camera.play(scenes.visit(ANNA, 2, 400));
        waitUntil(() -> isShown("#favourite-0"));
        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.clickOn("#favourite-0");

            waitUntil(() -> text("#customer-notice").equals("Added Latte"));
            Order order = openOrderOf(ANNA_ID).orElseThrow();
            assertThat(order.lines()).extracting(line -> line.itemId() + "/" + line.sizeName())
                    .containsExactly("latte/Large");
            watchdog.assertNotBlocked();
        }
    }

    @Test
    void cashierRejectsAWrongIdentificationInOneTap() {
        open();
        camera.play(scenes.visit(ANNA, 2, 400));
        waitUntil(() -> isShown("#favourite-0"));
        robot.clickOn("#favourite-0");
        waitUntil(() -> openOrderOf(ANNA_ID).isPresent() && text("#customer-notice").startsWith("Added"));
        String orderId = openOrderOf(ANNA_ID).orElseThrow().id();
        int rejectedBefore = counter.pos.customers().rejectedIdentifications(ANNA_ID);

        try (FxWatchdog watchdog = FxWatchdog.start()) {
            robot.clickOn("#reject-identification");

            assertThat(isShown("#customer-panel .empty-title")).isTrue();
            assertThat(isShown("#customer-card")).isFalse();
            assertThat(text("#companion-headline")).startsWith("Welcome to");
            waitUntil(() -> counter.pos.customers().rejectedIdentifications(ANNA_ID) == rejectedBefore + 1);
            assertThat(counter.pos.orders().find(orderId).orElseThrow().customerId()).isNull();
            watchdog.assertNotBlocked();
        }
    }

    @Test
    void strangersHandIsNotRecognised() {
        open();
        camera.play(scenes.visit(STRANGER, 2, 400));

        waitUntil(() -> isShown("#customer-not-recognised"));

        assertThat(text("#customer-enroll-hint")).contains("enrollment");
        assertThat(text("#companion-message")).isEqualTo("We don't know this palm yet.");

        // one tap from "not recognised" to the enrollment journey
        robot.clickOn("#customer-enroll");
        waitUntil(() -> isShown("#enrollment-area"));
    }

    @Test
    void handTooFarGetsGuidanceOnTheCustomerDisplay() {
        open();
        camera.play(scenes.tooFar(ANNA, 400));

        waitUntil(() -> "Move your hand closer to the reader".equals(text("#companion-message")));

        assertThat(text("#companion-headline")).isEqualTo("Almost there");
    }

    @Test
    void unpluggedCameraIsShownOnBothScreensAndRecovers() {
        open();
        waitUntil(() -> !isShown("#companion-camera"));

        counter.camera.unplug();

        waitUntil(() -> isShown("#companion-camera"));
        assertThat(text("#camera-status")).startsWith("Camera lost");
        assertThat(text("#companion-camera")).contains("palm reader");

        counter.camera.replug();

        waitUntil(() -> !isShown("#companion-camera") && !isShown("#camera-status"));
    }

    @Test
    void offlineBannerSaysSellingGoesOnWithThePendingCount() {
        open();
        assertThat(isShown("#offline-banner")).isFalse();

        sync.publish(SyncStatus.offline(3, "connect timed out"));

        waitUntil(() -> isShown("#offline-banner"));
        assertThat(text("#offline-banner-text")).contains("Selling goes on");
        assertThat(text("#offline-banner-pending")).startsWith("3 changes wait");

        sync.publish(SyncStatus.online(0));

        waitUntil(() -> !isShown("#offline-banner"));
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
        closed = shell.open();
        waitUntil(() -> isShown("#counter-screen") && isShown("#companion"));
    }

    /** The label's text, or "" while no such label is in a window (so conditions can poll for it). */
    private String text(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(node -> ((Labeled) node).getText()).orElse(""));
    }

    /** In a window, and neither it nor any parent hidden (hidden states stay in the scene graph). */
    private boolean isShown(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().filter(node -> node.getScene() != null && visible(node))
                .isPresent());
    }

    private static boolean visible(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(query));
        } catch (TimeoutException e) {
            throw new AssertionError("FX thread did not answer within 30 s (machine overloaded?)", e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("UI did not reach the expected state within " + PATIENCE_SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
