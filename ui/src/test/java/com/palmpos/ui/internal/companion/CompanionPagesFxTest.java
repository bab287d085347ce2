package com.palmpos.ui.internal.companion;

import com.palmpos.ui.internal.session.CompanionPage;
import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.scanner.capture.GuidanceHint;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.fx.Stylesheets;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.FxQueries;
import com.palmpos.ui.testing.FxWatchdogExtension;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The customer display draws every page the journeys set, in large type, with only what the page carries; under the
 * FX watchdog (the display is shown once, before it starts).
 */
@ExtendWith(FxWatchdogExtension.class)
class CompanionPagesFxTest {

    @TempDir
    static Path dir;
    private static TestCounter counter;
    private static CounterSession session;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();
    private final FxQueries fx = new FxQueries(robot);

    @BeforeAll
    static void showDisplay() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        counter = new TestCounter(dir);
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        // a scripted reader: the camera loop would call back on its own threads, and this runner does not hop
        session = new CounterSession(counter.servicesWith(new ScriptedPalmReader()), new ImmediateTaskRunner(),
                messages);
        UiSettings settings = UiSettings.defaults().withStoreName("Harbour Noodles");
        stage = onFx(() -> {
            Stage display = new Stage();
            Scene scene = new Scene(new CompanionView(new CompanionViewModel(messages, settings, session)), 1024, 700);
            Stylesheets.apply(scene, settings.theme());
            display.setScene(scene);
            display.show();
            return display;
        });
    }

    @AfterAll
    static void close() {
        runFx(stage::close);
        counter.close();
    }

    @Test
    void idleWelcomesToTheStore() {
        show(new CompanionPage.Idle());
        assertThat(fx.text("#companion-headline")).isEqualTo("Welcome to Harbour Noodles");
    }

    @Test
    void guidanceSaysWhatToChange() {
        show(new CompanionPage.Guidance(GuidanceHint.NOT_OPEN));
        assertThat(fx.text("#companion-message")).isEqualTo("Open your hand and spread your fingers");
    }

    @Test
    void cartListsOnlyThisOrderWithItsTotal() {
        Order order = counter.pos.orders().open(ServiceMode.DINE_IN, "", "staff");
        order = counter.pos.orders().addItem(order.id(), new LineRequest("latte", "large", 2, Map.of(), ""));
        show(new CompanionPage.Cart(order));

        assertThat(fx.text("#companion-headline")).isEqualTo("Your order No. " + order.number());
        assertThat(fx.text("#companion-message")).startsWith("Total ").contains(order.totals().total().toDecimal()
                .toPlainString());
        assertThat(onFx(() -> robot.lookup("#companion-cart .companion-cart-name").queryAll().size())).isEqualTo(1);
    }

    @Test
    void payWithPalmShowsTheAmount() {
        show(new CompanionPage.PayWithPalm(Money.parse("12.50", counter.pos.menus().menu().currency())));
        assertThat(fx.text("#companion-headline")).startsWith("Pay ").contains("12.50");
        assertThat(fx.text("#companion-message")).isEqualTo("Show your palm again to pay");
    }

    @Test
    void consentIsAnsweredOnTheDisplay() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger declined = new AtomicInteger();
        show(new CompanionPage.Consent("v3", "We keep a palm code.", accepted::incrementAndGet,
                declined::incrementAndGet));

        robot.clickOn("#consent-accept");

        assertThat(accepted).hasValue(1);
        assertThat(declined).hasValue(0);
        assertThat(fx.text("#companion-message")).isEqualTo("We keep a palm code.");
    }

    @Test
    void enrollmentShowsItsProgress() {
        show(new CompanionPage.EnrollCapture(2, 4, "Lift your hand and show it again"));
        assertThat(fx.text("#companion-hint")).isEqualTo("2 of 4 captures");
        assertThat(onFx(() -> robot.lookup("#companion-enroll-progress").queryAs(ProgressBar.class)
                .getProgress())).isEqualTo(0.5);
    }

    @Test
    void messageAndThankYouShowTheirTexts() {
        show(new CompanionPage.Message("Card declined", "Please pay another way"));
        assertThat(fx.text("#companion-headline")).isEqualTo("Card declined");
        show(new CompanionPage.ThankYou("Anna"));
        assertThat(fx.text("#companion-headline")).isEqualTo("Thank you, Anna!");
        show(new CompanionPage.ThankYou(null));
        assertThat(fx.text("#companion-headline")).isEqualTo("Thank you!");
    }

    private static void show(CompanionPage page) {
        runFx(() -> session.companionPageProperty().set(page));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
