package com.palmpos.ui;

import com.palmpos.ui.internal.companion.CompanionViewModel;
import com.palmpos.ui.internal.companion.CompanionWindow;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.counter.CounterViewModel;
import com.palmpos.ui.internal.enrollment.Journey;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.manager.ManagerAreaViewModel;
import com.palmpos.ui.internal.manager.ManagerContext;
import com.palmpos.ui.internal.shell.CashierWindow;
import com.palmpos.ui.internal.shell.ShellViewModel;
import com.palmpos.ui.internal.topbar.SyncStatusViewModel;
import com.palmpos.ui.internal.topbar.TopBarViewModel;
import com.palmpos.ui.task.FxTaskRunner;
import com.palmpos.ui.task.TaskRunner;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PalmPOS terminal UI: the cashier window and, if enabled, the customer display. Built with its
 * dependencies and started without an {@code Application} subclass:
 *
 * <pre>{@code
 * new TerminalShell(settings, info, new ShellPorts(authenticator, syncStatus, services)).start(); // returns once closed
 * }</pre>
 *
 * One shell per JVM is intended (JavaFX has one toolkit); {@link #open()}/{@link #close()} are thread-safe.
 */
public final class TerminalShell {

    private static final Logger LOG = LoggerFactory.getLogger(TerminalShell.class);

    private final UiSettings settings;
    private final TerminalInfo info;
    private final ShellPorts ports;
    private final TaskRunner tasks;
    private final Clock clock;
    /** Non-null when this shell created the runner and so must close it. */
    private final FxTaskRunner ownedTasks;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final CompletableFuture<Void> shown = new CompletableFuture<>();
    private final AtomicBoolean opened = new AtomicBoolean();
    private volatile Windows windows;
    private volatile Runnable onShown = () -> { };

    /** A shell with its own background threads for blocking work and the system clock in the default zone. */
    public TerminalShell(UiSettings settings, TerminalInfo info, ShellPorts ports) {
        this(settings, info, ports, FxTaskRunner.withThreads(2), Clock.systemDefaultZone(), true);
    }

    /**
     * @param tasks runs blocking port calls; the caller keeps ownership (and closes it after the shell closed)
     * @param clock time for the top-bar clock, lockout messages and the manager session
     */
    public TerminalShell(UiSettings settings, TerminalInfo info, ShellPorts ports, TaskRunner tasks, Clock clock) {
        this(settings, info, ports, tasks, clock, false);
    }

    private TerminalShell(UiSettings settings, TerminalInfo info, ShellPorts ports, TaskRunner tasks, Clock clock,
            boolean ownsTasks) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.info = Objects.requireNonNull(info, "info");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownedTasks = ownsTasks ? (FxTaskRunner) tasks : null;
        if (ownedTasks != null) {
            // off the FX thread: closing waits for running tasks
            closed.whenCompleteAsync((ignored, failure) -> ownedTasks.close());
        }
    }

    /**
     * Starts JavaFX, opens the windows and blocks until the cashier window is closed; then stops JavaFX.
     * Call from the launcher's main thread, never from the FX thread.
     *
     * @throws IllegalStateException if the windows could not be built (the cause says why)
     */
    public void start() {
        start(() -> { });
    }

    /**
     * As {@link #start()}, running {@code shown} on the FX thread as soon as the windows are showing (e.g. to close
     * a {@link StartupSplash}).
     */
    public void start(Runnable shown) {
        onShown = Objects.requireNonNull(shown, "shown");
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("start() blocks: call it from the main thread, not the FX thread");
        }
        try {
            open().join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The PalmPOS window could not be opened: " + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            Platform.exit();
        }
    }

    /**
     * Starts JavaFX if it is not running yet and opens the windows; returns at once.
     *
     * @return completes when the cashier window has closed (exceptionally if the windows could not be built)
     * @throws IllegalStateException if this shell was opened before (build a new shell instead)
     */
    public CompletableFuture<Void> open() {
        if (!opened.compareAndSet(false, true)) {
            throw new IllegalStateException("This TerminalShell was already opened; create a new one to open again");
        }
        startToolkit();
        Platform.runLater(() -> {
            try {
                windows = buildAndShow();
            } catch (RuntimeException e) {
                LOG.error("Could not open the PalmPOS windows", e);
                closed.completeExceptionally(e);
            }
        });
        return closed;
    }

    /**
     * Completes on the FX thread as soon as the cashier window is showing (the customer display follows a moment
     * later); never completes if the windows could not be built. What is not needed for the first sale starts here.
     */
    public CompletableFuture<Void> shown() {
        return shown;
    }

    /**
     * Closes both windows (on the FX thread, after any pending {@link #open()}); the future of {@link #open()}
     * completes. No effect on a shell never opened. Thread-safe, returns at once.
     */
    public void close() {
        Platform.runLater(() -> Optional.ofNullable(windows).ifPresent(w -> w.cashier().stage().close()));
    }

    private Windows buildAndShow() {
        Messages messages = Messages.forLocale(settings.locale());
        ShellViewModel shell = ShellViewModel.create(messages, settings, info, ports.managerAuthenticator(), tasks,
                clock);
        SyncStatusViewModel sync = new SyncStatusViewModel(messages, ports.syncStatus(), tasks);
        TopBarViewModel topBar = new TopBarViewModel(messages, settings, clock, sync);
        CounterSession session = new CounterSession(ports.counter(), tasks, messages);
        ManagerAreaViewModel managerArea = new ManagerAreaViewModel(new ManagerContext(session, ports.syncStatus(),
                ports.manager(), ports.managerAuthenticator(), info, settings));
        CounterViewModel counter = new CounterViewModel(session);
        counter.customer().onEnroll(() -> shell.openEnrollment(Journey.ENROLL));
        CashierWindow cashier = new CashierWindow(new Stage(), shell, topBar, counter, managerArea, messages,
                settings);
        Windows built = new Windows(cashier, sync, counter);
        cashier.stage().setOnHidden(event -> {
            built.dispose();
            LOG.info("Cashier window closed");
            closed.complete(null);
        });
        cashier.show();
        onShown.run();
        LOG.info("PalmPOS shell open: terminal '{}', companion {}, {} ms after JVM start", settings.terminalName(),
                settings.companionEnabled() ? "follows" : "off", ManagementFactory.getRuntimeMXBean().getUptime());
        shown.complete(null);
        if (settings.companionEnabled()) {
            // the customer display is not needed to start a sale: built after the cashier window's first frame
            Platform.runLater(() -> showCompanion(built, session, messages));
        }
        return built;
    }

    private void showCompanion(Windows built, CounterSession session, Messages messages) {
        if (!built.cashier().stage().isShowing()) {
            return;
        }
        try {
            CompanionWindow companion = new CompanionWindow(new CompanionViewModel(messages, settings, session),
                    messages, settings);
            built.companion = companion;
            companion.show();
            // a newly shown companion takes the focus and, on one screen, the top: the cashier must keep both
            built.cashier().stage().toFront();
            built.cashier().stage().requestFocus();
            LOG.info("Customer display open {} ms after JVM start", ManagementFactory.getRuntimeMXBean().getUptime());
        } catch (RuntimeException e) {
            // the till still sells without its customer display
            LOG.error("Could not open the customer display; the cashier window works without it", e);
        }
    }

    private static void startToolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up already (tests, or an embedding application): use it as it is
            LOG.debug("JavaFX toolkit already running");
        }
    }

    /** The open windows and what must be released with them; used on the FX thread only. */
    private static final class Windows {
        private final CashierWindow cashier;
        private final SyncStatusViewModel sync;
        private final CounterViewModel counter;
        private CompanionWindow companion;

        Windows(CashierWindow cashier, SyncStatusViewModel sync, CounterViewModel counter) {
            this.cashier = cashier;
            this.sync = sync;
            this.counter = counter;
        }

        CashierWindow cashier() {
            return cashier;
        }

        void dispose() {
            cashier.dispose();
            Optional.ofNullable(companion).ifPresent(CompanionWindow::close);
            sync.close();
            counter.customer().close();
        }
    }
}
