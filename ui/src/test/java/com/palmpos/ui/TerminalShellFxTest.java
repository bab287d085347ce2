package com.palmpos.ui;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.port.SyncStatus;
import com.palmpos.ui.testing.FxQueries;
import com.palmpos.ui.testing.FxWatchdogExtension;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.MutableSyncStatusSource;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Starts the real shell headless (Monocle) and drives it with touch and keyboard like a cashier would, under the FX
 * watchdog (only the shell's first show is not judged).
 */
@ExtendWith(FxWatchdogExtension.class)
class TerminalShellFxTest {

    private static final TerminalInfo INFO = new TerminalInfo("0.1.0-test", Path.of("build-data"));

    private final FxRobot robot = new FxRobot();
    private final FxQueries fx = new FxQueries(robot);
    private final InMemoryManagerAuthenticator authenticator =
            new InMemoryManagerAuthenticator(Clock.systemDefaultZone());
    private final MutableSyncStatusSource sync = new MutableSyncStatusSource();
    private TerminalShell shell;
    @TempDir
    static Path dataDir;
    private static TestCounter counter;
    private CompletableFuture<Void> closed;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        // the tests open and close several shells in one toolkit
        Platform.setImplicitExit(false);
        counter = new TestCounter(dataDir);
    }

    @AfterAll
    static void closeServices() {
        counter.close();
    }

    @AfterEach
    void closeShell() throws Exception {
        if (shell != null) {
            shell.close();
            closed.get(10, TimeUnit.SECONDS);
        }
        assertThat(shellWindows()).isEmpty();
    }

    @Test
    void cashierReachesManagerHomeThroughForcedPinChangeAndReturns() {
        open(UiSettings.defaults().withTerminalName("Counter 7"));
        assertThat(cashierStage().getTitle()).isEqualTo("PalmPOS \u2014 Counter 7");
        assertThat(fx.text("#order-panel .empty-title")).isEqualTo("No order yet");
        assertThat(fx.text("#sync-status")).isEqualTo("Not connected yet");

        robot.clickOn("#manager-button");
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#pin-key-0");
        }
        assertThat(fx.text("#pin-dots")).hasSize(4);
        robot.clickOn("#pin-ok");
        waitUntil(() -> "Enter a new PIN".equals(fx.text("#pin-prompt")));

        typePin("4821");
        waitUntil(() -> "Enter the new PIN again".equals(fx.text("#pin-prompt")));
        typePin("4821");
        waitUntil(() -> fx.isShown("#manager-home"));

        assertThat(fx.text("#manager-notice")).isEqualTo("PIN changed.");
        assertThat(authenticator.hasPin("4821")).isTrue();

        robot.clickOn("#lock");
        assertThat(fx.isShown("#counter-screen")).isTrue();
        robot.push(KeyCode.F12);
        assertThat(fx.isShown("#pin-pad")).isTrue();
        robot.push(KeyCode.ESCAPE);
        assertThat(fx.isShown("#counter-screen")).isTrue();
    }

    @Test
    void wrongPinTypedOnTheKeyboardShowsAttemptsLeft() {
        authenticator.withPin("2468");
        open(UiSettings.defaults());

        robot.push(KeyCode.F12);
        typePin("1111");
        waitUntil(() -> fx.text("#pin-message").startsWith("Wrong PIN"));

        assertThat(fx.text("#pin-message")).isEqualTo("Wrong PIN. 2 attempts left.");
        assertThat(fx.isShown("#pin-pad")).isTrue();
    }

    @Test
    void syncIndicatorFollowsTheSourceFromAnyThread() {
        open(UiSettings.defaults());

        sync.publish(SyncStatus.offline(4, "no route to host"));
        waitUntil(() -> fx.text("#sync-status").startsWith("Offline"));

        assertThat(fx.text("#sync-status")).isEqualTo("Offline \u00b7 4 waiting");
    }

    @Test
    void companionWindowGreetsTheCustomer() {
        open(UiSettings.defaults().withStoreName("Harbour Noodles"));
        assertThat(shell.shown()).as("shown with the cashier window").isDone();
        // the customer display is built after the cashier window's first frame
        waitUntil(() -> shellWindows().size() == 2);

        assertThat(shellWindows()).extracting(Stage::getTitle)
                .containsExactlyInAnyOrder("PalmPOS \u2014 Counter 1", "PalmPOS \u2014 Counter 1 (customer display)");
        assertThat(fx.text("#companion-headline")).isEqualTo("Welcome to Harbour Noodles");
        assertThat(fx.text("#companion-message")).isEqualTo("Hold your open hand over the reader");
    }

    @Test
    void companionDisabledOpensOnlyTheCashierWindow() {
        open(UiSettings.defaults().withCompanionEnabled(false));

        assertThat(shellWindows()).extracting(Stage::getTitle).containsExactly("PalmPOS \u2014 Counter 1");
        assertThat(robot.lookup("#companion").tryQuery()).isEmpty();
    }

    @Test
    void speaksTheConfiguredLanguage() {
        open(UiSettings.defaults().withLocale(Locale.GERMAN).withTheme(Theme.DARK));

        assertThat(fx.text("#order-panel .empty-title")).isEqualTo("Noch keine Bestellung");
        assertThat(robot.lookup("#manager-button").queryButton().getText()).isEqualTo("Leitung");
    }

    private void open(UiSettings settings) {
        shell = new TerminalShell(settings, INFO, new ShellPorts(authenticator, sync, counter.services));
        FxWatchdogExtension.showingWindows(() -> {
            closed = shell.open();
            waitUntil(() -> !shellWindows().isEmpty() && fx.isShown("#counter-screen"));
        });
    }

    private void typePin(String digits) {
        for (char digit : digits.toCharArray()) {
            robot.type(KeyCode.valueOf("DIGIT" + digit));
        }
        robot.type(KeyCode.ENTER);
    }

    private Stage cashierStage() {
        return shellWindows().stream().filter(stage -> !stage.getTitle().endsWith("(customer display)"))
                .findFirst().orElseThrow();
    }

    private static List<Stage> shellWindows() {
        return onFx(() -> Window.getWindows().stream()
                .filter(window -> window instanceof Stage && window.isShowing())
                .map(window -> (Stage) window)
                .filter(stage -> stage.getTitle() != null && stage.getTitle().startsWith("PalmPOS"))
                .toList());
    }
}
