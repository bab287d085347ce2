package com.palmpos.ui.tools;

import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.GuidanceHint;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.Theme;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.session.CompanionPage;
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
import com.palmpos.ui.port.SyncStatus;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.MutableClock;
import com.palmpos.ui.testing.MutableSyncStatusSource;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.PosEnrollment;
import com.palmpos.ui.testing.TestCounter;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The enrollment screens for the README, driven through the real cashier window with the test desk and a scripted
 * palm reader (no camera). FX thread; called by {@link ScreenshotRenderer}.
 */
final class EnrollmentScreenshots {

    private static final TerminalInfo INFO = new TerminalInfo("0.1.0", java.nio.file.Path.of("/var/lib/palmpos"));

    private final TestCounter counter;
    private final BiConsumer<Scene, String> writer;
    private final MutableClock clock = MutableClock.utcAt("2026-11-25T12:30:00Z");

    EnrollmentScreenshots(TestCounter counter, BiConsumer<Scene, String> writer) {
        this.counter = counter;
        this.writer = writer;
    }

    void renderAll(UiSettings settings) {
        PosEnrollment desk = new PosEnrollment(counter);
        ScriptedPalmReader reader = new ScriptedPalmReader();
        render(settings, desk, reader, Journey.ENROLL, "enrollment-consent.png", (scene, session) -> { });
        render(settings, desk, reader, Journey.ENROLL, "enrollment-capture.png", (scene, session) -> {
            ((CompanionPage.Consent) session.companionPageProperty().get()).onAccept().run();
            reader.emit(new CaptureEvent.EnrollmentProgress(2, 3));
            reader.emit(new CaptureEvent.Guidance(GuidanceHint.TOO_FAR));
        });
        render(settings.withTheme(Theme.DARK), desk, reader, Journey.ENROLL, "enrollment-details-dark.png",
                (scene, session) -> {
                    ((CompanionPage.Consent) session.companionPageProperty().get()).onAccept().run();
                    reader.emit(new CaptureEvent.Enrolled(ScriptedPalmReader.template()));
                    press(scene, "#enroll-primary");
                    ((TextField) scene.lookup("#enroll-name")).setText("Anna Berg");
                    ((javafx.scene.control.CheckBox) scene.lookup("#enroll-loyalty")).setSelected(true);
                    ((TextField) scene.lookup("#enroll-email")).setText("anna@example");
                    press(scene, "#enroll-primary");
                });
        desk.withPreEnrollment("HJKM6789", "cus-eve");
        render(settings.withLocale(Locale.GERMAN), desk, reader, Journey.PRE_ENROLLMENT, "pre-enrollment-de.png",
                (scene, session) -> "HJKM67".chars().forEach(c -> press(scene, "#pre-key-" + (char) c)));
        desk.addMember("cus-max", "Max Roth", "L-MAX7", 120);
        render(settings, desk, reader, Journey.LOYALTY, "loyalty-points.png", (scene, session) -> {
            ((TextField) scene.lookup("#loyalty-query")).setText("L-MAX7");
            press(scene, "#enroll-primary");
            press(scene, "#enroll-primary");
        });
    }

    private void render(UiSettings settings, PosEnrollment desk, ScriptedPalmReader reader, Journey journey,
            String file, BiConsumer<Scene, CounterSession> script) {
        Messages messages = Messages.forLocale(settings.locale());
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        CounterServices services = counter.servicesWith(reader).withEnrollment(desk.desk);
        CounterSession session = new CounterSession(services, tasks, messages);
        ShellViewModel shell = ShellViewModel.create(messages, settings, INFO, new InMemoryManagerAuthenticator(clock),
                tasks, clock);
        MutableSyncStatusSource sync = new MutableSyncStatusSource();
        sync.publish(SyncStatus.online(0));
        ManagerAreaViewModel managerArea = new ManagerAreaViewModel(new ManagerContext(session, sync,
                java.util.Optional.empty(), new InMemoryManagerAuthenticator(clock), INFO, settings));
        CashierWindow window = new CashierWindow(new Stage(), shell, new TopBarViewModel(messages, settings, clock,
                new SyncStatusViewModel(messages, sync, tasks)), new CounterViewModel(session), managerArea, messages,
                settings);
        shell.openEnrollment(journey);
        Scene scene = window.stage().getScene();
        script.accept(scene, session);
        writer.accept(scene, file);
        window.dispose();
        reader.reset();
    }

    private static void press(Scene scene, String id) {
        ((Button) scene.lookup(id)).fire();
    }
}
