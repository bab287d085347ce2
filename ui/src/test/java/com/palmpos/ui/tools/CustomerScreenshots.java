package com.palmpos.ui.tools;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.scanner.capture.GuidanceHint;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.companion.CompanionView;
import com.palmpos.ui.internal.companion.CompanionViewModel;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.counter.CounterViewModel;
import com.palmpos.ui.internal.fx.Stylesheets;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.shell.CashierWindow;
import com.palmpos.ui.internal.shell.ShellViewModel;
import com.palmpos.ui.internal.manager.ManagerAreaViewModel;
import com.palmpos.ui.internal.manager.ManagerContext;
import com.palmpos.ui.internal.topbar.SyncStatusViewModel;
import com.palmpos.ui.internal.topbar.TopBarViewModel;
import com.palmpos.ui.port.SyncStatus;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.MutableClock;
import com.palmpos.ui.testing.MutableSyncStatusSource;
import com.palmpos.ui.testing.TestCounter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the customer screens headless to PNG for the README: the cashier window with a recognised customer and
 * the offline banner, and customer-display pages. Not a test. Run after test-compile:
 * {@code mvn -B -o -pl ui exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp %classpath
 * com.palmpos.ui.tools.CustomerScreenshots DIR"}.
 */
public final class CustomerScreenshots {

    private static final UiSettings SETTINGS = UiSettings.defaults().withStoreName("Harbour Noodles");

    private final Path directory;
    private final TestCounter counter;
    private final MutableClock clock = MutableClock.utcAt("2026-11-25T12:30:00Z");

    private CustomerScreenshots(Path directory, TestCounter counter) {
        this.directory = directory;
        this.counter = counter;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CustomerScreenshots OUTPUT_DIRECTORY");
        }
        Path directory = Files.createDirectories(Path.of(args[0]));
        TestCounter counter = new TestCounter(Files.createTempDirectory("palmpos-customer-screens"));
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                new CustomerScreenshots(directory, counter).renderAll();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(120, TimeUnit.SECONDS);
        } finally {
            Platform.exit();
            counter.close();
        }
    }

    private void renderAll() {
        CustomerProfile anna = new CustomerProfile("cus-anna", "Anna Schmidt", "Anna", "L-1", Set.of(), Set.of(),
                null, 460, counter.clock.instant(), 1, counter.clock.instant());
        counter.pos.customers().upsert(anna);
        for (int visit = 0; visit < 3; visit++) {
            paid(new LineRequest("latte", "large", 1, Map.of(), ""));
        }
        Messages messages = Messages.forLocale(SETTINGS.locale());
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        CounterSession session = new CounterSession(counter.services, tasks, messages);
        MutableSyncStatusSource sync = new MutableSyncStatusSource();
        sync.publish(SyncStatus.offline(3, "cloud unreachable"));
        ShellViewModel shell = ShellViewModel.create(messages, SETTINGS, new TerminalInfo("0.1.0", Path.of("/tmp")),
                new InMemoryManagerAuthenticator(clock), tasks, clock);
        ManagerAreaViewModel managerArea = new ManagerAreaViewModel(new ManagerContext(session, sync,
                java.util.Optional.empty(), new InMemoryManagerAuthenticator(clock),
                new TerminalInfo("0.1.0", Path.of("/tmp")), SETTINGS));
        CashierWindow window = new CashierWindow(new Stage(), shell, new TopBarViewModel(messages, SETTINGS, clock,
                new SyncStatusViewModel(messages, sync, tasks)), new CounterViewModel(session), managerArea, messages,
                SETTINGS);
        session.customerProperty().set(anna);
        write(window.stage().getScene(), "customer-recognised-offline.png");
        window.dispose();

        Scene companion = new Scene(new CompanionView(new CompanionViewModel(messages, SETTINGS, session)), 1024, 600);
        Stylesheets.apply(companion, SETTINGS.theme());
        session.companionPageProperty().set(new CompanionPage.Greeting("Anna", 460, true, true));
        write(companion, "companion-greeting.png");
        session.companionPageProperty().set(new CompanionPage.Guidance(GuidanceHint.TOO_FAR));
        write(companion, "companion-guidance.png");
        Order order = counter.pos.orders().open(ServiceMode.DINE_IN, "", "staff");
        order = counter.pos.orders().addItem(order.id(), new LineRequest("latte", "large", 2, Map.of(), ""));
        session.companionPageProperty().set(new CompanionPage.Cart(order));
        write(companion, "companion-cart.png");
        session.companionPageProperty().set(new CompanionPage.Consent("2026-11", "We turn pictures of your palm into"
                + " a palm code that recognises you when you order and pay. We keep the code, not the pictures.",
                () -> { }, () -> { }));
        write(companion, "companion-consent.png");
    }

    private void paid(LineRequest line) {
        Order order = counter.pos.orders().open(ServiceMode.TAKEOUT, "", "staff");
        order = counter.pos.orders().addItem(order.id(), line);
        counter.pos.orders().attachCustomer(order.id(), "cus-anna");
        counter.pos.payments().payCash(order.id(), Money.parse("50.00", order.currency()),
                Money.zero(order.currency()));
    }

    private void write(Scene scene, String file) {
        Path target = directory.resolve(file);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target, e);
        }
    }
}
