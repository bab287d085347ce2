package com.palmpos.ui.internal.enrollment;

import com.palmpos.scanner.camera.sim.Scene;
import com.palmpos.scanner.camera.sim.SyntheticScenes;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.SyntheticPalms;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.companion.CompanionViewModel;
import com.palmpos.ui.internal.companion.CompanionWindow;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.counter.CounterViewModel;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.manager.ManagerAreaViewModel;
import com.palmpos.ui.internal.manager.ManagerContext;
import com.palmpos.ui.internal.shell.CashierWindow;
import com.palmpos.ui.internal.shell.ShellViewModel;
import com.palmpos.ui.internal.topbar.SyncStatusViewModel;
import com.palmpos.ui.internal.topbar.TopBarViewModel;
import com.palmpos.ui.task.FxTaskRunner;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.MutableSyncStatusSource;
import com.palmpos.ui.testing.PosEnrollment;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * The real cashier window over the real pos and enrollment services on H2 and a real palm reader whose simulated camera sees
 * a scene (e.g. {@link #visits}); plus the customer display
 * drawing the session's companion pages (the customer answers the consent there). Build and close on any thread.
 */
final class EnrollmentScreens implements AutoCloseable {

    final TestCounter counter;
    final PosEnrollment pos;
    final CounterSession session;
    final List<CompanionPage> companionPages = new CopyOnWriteArrayList<>();
    final List<CaptureEvent> captureEvents = new CopyOnWriteArrayList<>();
    private final FxTaskRunner tasks = FxTaskRunner.withThreads(2);
    private final SyncStatusViewModel sync;
    private final CashierWindow window;
    private final CompanionWindow companion;

    /** A customer's hand coming and going in a loop (rendered once: it takes seconds). */
    static Scene visits(int subject) {
        return new SyntheticScenes(new SyntheticPalms(42), Background.cycle(1)).visit(subject, 3, 40);
    }

    EnrollmentScreens(Path dir, Scene camera) throws Exception {
        counter = new TestCounter(dir, camera, Clock.systemUTC());
        counter.palm.addListener(captureEvents::add);
        pos = new PosEnrollment(counter);
        Messages messages = Messages.forLocale(java.util.Locale.ENGLISH);
        session = new CounterSession(counter.services.withEnrollment(pos.desk), tasks, messages);
        session.companionPageProperty().addListener((obs, old, page) -> companionPages.add(page));
        UiSettings settings = UiSettings.defaults();
        sync = new SyncStatusViewModel(messages, new MutableSyncStatusSource(), tasks);
        ShellViewModel shell = ShellViewModel.create(messages, settings, new TerminalInfo("test", dir),
                new InMemoryManagerAuthenticator(Clock.systemUTC()), tasks, Clock.systemUTC());
        window = FxToolkit.setupFixture(() -> {
            ManagerAreaViewModel managerArea = new ManagerAreaViewModel(new ManagerContext(session,
                    new MutableSyncStatusSource(), java.util.Optional.empty(),
                    new InMemoryManagerAuthenticator(Clock.systemUTC()), new TerminalInfo("test", dir), settings));
            CashierWindow cashier = new CashierWindow(new Stage(), shell,
                    new TopBarViewModel(messages, settings, Clock.systemUTC(), sync), new CounterViewModel(session),
                    managerArea, messages, settings);
            cashier.show();
            return cashier;
        });
        companion = FxToolkit.setupFixture(() -> {
            CompanionWindow display = new CompanionWindow(new CompanionViewModel(messages, settings, session),
                    messages, settings);
            display.show();
            // as the shell does: the new customer display took the focus, the cashier's keys must reach the till
            window.stage().toFront();
            window.stage().requestFocus();
            return display;
        });
    }

    /** Customer ids with a stored palm template. */
    java.util.Set<String> templateOwners() {
        return counter.pos.customers().allPalmTemplates().keySet();
    }

    @Override
    public void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            companion.close();
            window.stage().close();
            window.dispose();
        });
        sync.close();
        tasks.close();
        counter.close();
    }
}
