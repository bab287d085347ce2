package com.palmpos.ui.internal.manager;

import static com.palmpos.ui.testing.FxQueries.runFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.staff.ApprovedOrderActions;
import com.palmpos.pos.staff.ManagerApproval;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.ui.ManagerPorts;
import com.palmpos.ui.ShellPorts;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.TerminalShell;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.testing.FxQueries;
import com.palmpos.ui.testing.FxWatchdogExtension;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.MutableSyncStatusSource;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Opens the real shell headless over a {@link TestCounter} (real services on an H2 file), signs the manager in with
 * the PIN pad and offers the lookups the manager page tests share. One counter per test class. Every test runs under
 * the FX watchdog ({@link FxWatchdogExtension}); only the shell's first show is not judged.
 */
@ExtendWith(FxWatchdogExtension.class)
abstract class ManagerFxTestBase {

    static final String PIN = "2468";

    @TempDir
    static Path dataDir;
    static TestCounter counter;
    static AuditLog audit;

    final FxRobot robot = new FxRobot();
    final FxQueries fx = new FxQueries(robot);
    final InMemoryManagerAuthenticator authenticator =
            new InMemoryManagerAuthenticator(Clock.systemDefaultZone()).withPin(PIN);
    final MutableSyncStatusSource sync = new MutableSyncStatusSource();
    private TerminalShell shell;
    private CompletableFuture<Void> closed;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        counter = new TestCounter(dataDir);
        // the same PIN for the approvals (staff table in H2) as for the sign-in
        counter.pos.staff().changePin(StaffService.DEFAULT_MANAGER_ID,
                StaffService.DEFAULT_MANAGER_PIN.toCharArray(), PIN.toCharArray());
        audit = counter.pos.audit();
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
    }

    /** Opens the shell, signs in with the PIN typed on the keyboard and waits for the hub. */
    void openManagerHub(UiSettings settings) {
        ManagerPorts ports = new ManagerPorts(counter.terminalSettings, audit,
                new ManagerApproval(counter.pos.staff(), audit, counter.clock),
                new ApprovedOrderActions(counter.pos.orders(), audit, counter.clock),
                counter.pos.privacy());
        shell = new TerminalShell(settings.withCompanionEnabled(false), new TerminalInfo("0.1.0-test", dataDir),
                new ShellPorts(authenticator, sync, counter.services, Optional.of(ports)));
        FxWatchdogExtension.showingWindows(() -> {
            closed = shell.open();
            waitUntil(() -> fx.isShown("#counter-screen"));
        });
        robot.push(KeyCode.F12);
        typeDigits(PIN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.isShown("#manager-tiles"));
    }

    void openManagerHub() {
        openManagerHub(UiSettings.defaults());
    }

    void typeDigits(String digits) {
        for (char digit : digits.toCharArray()) {
            robot.type(KeyCode.valueOf("DIGIT" + digit));
        }
    }

    /** Replaces the text of the field {@code query} as a user would: click, select all, type. */
    void fill(String query, String value) {
        robot.clickOn(query);
        runFx(() -> robot.lookup(query).queryAs(TextInputControl.class).clear());
        robot.write(value);
    }

    void waitForFeedback(String expectedStart) {
        waitUntil(() -> fx.isShown("#manager-feedback") && fx.text("#manager-feedback").startsWith(expectedStart));
        assertThat(fx.text("#manager-feedback")).startsWith(expectedStart);
    }
}
