package com.palmpos.ui.internal.counter;

import com.palmpos.ui.port.CardTerminal;
import com.palmpos.ui.internal.session.CounterSession;
import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.runFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.TenderType;
import com.palmpos.ui.Theme;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.fx.Stylesheets;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.payment.FxDelay;
import com.palmpos.ui.internal.payment.PalmPaymentAudit;
import com.palmpos.ui.internal.payment.PaymentSettings;
import com.palmpos.ui.task.FxTaskRunner;
import com.palmpos.ui.testing.Customers;
import com.palmpos.ui.testing.FxQueries;
import com.palmpos.ui.testing.FxWatchdogExtension;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ordering and paying journeys on the real counter screen (headless Monocle) over the real services: clicks and
 * keys like a cashier, checked on screen and in the H2 store.
 */
@ExtendWith(FxWatchdogExtension.class)
class CounterJourneyFxTest {

    /** Short, so the timeout journey does not wait the real 20 s. */
    private static final Duration SHORT_PALM_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    static Path dir;
    private static TestCounter counter;

    private final FxRobot robot = new FxRobot();
    private final FxQueries fx = new FxQueries(robot);
    private final ScriptedPalmReader palm = new ScriptedPalmReader();
    private FxTaskRunner tasks;
    private CounterSession session;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        counter = new TestCounter(dir);
    }

    @AfterAll
    static void closeServices() {
        counter.close();
    }

    @BeforeEach
    void showCounter() {
        show(PaymentSettings.PALM_TIMEOUT);
    }

    private void show(Duration palmTimeout) {
        if (stage != null) {
            closeCounter();
        }
        tasks = FxTaskRunner.withThreads(2);
        session = new CounterSession(counter.servicesWith(palm), tasks, Messages.forLocale(Locale.ENGLISH));
        CounterViewModel.PaymentPorts payment = new CounterViewModel.PaymentPorts(CardTerminal.localTestCard(),
                PalmPaymentAudit.LOGGING, new FxDelay(), new PaymentSettings(palmTimeout, Duration.ofSeconds(1)));
        // the first counter of the JVM loads the control skins and fonts (onFx allows for a busy machine)
        FxWatchdogExtension.showingWindows(() -> stage = onFx(() -> {
            Stage window = new Stage();
            Scene scene = new Scene(new CounterView(new CounterViewModel(session, payment)), 1280, 800);
            Stylesheets.apply(scene, Theme.LIGHT);
            window.setScene(scene);
            window.show();
            window.toFront();
            window.requestFocus();
            return window;
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeCounter() {
        Stage shown = stage;
        stage = null;
        runFx(shown::close);
        counter.gateway.approve();
        tasks.close();
    }

    @Test
    void cashierBuildsAnOrderWithModifiersQuantityRemovalDiscountAndSendsItToTheKitchen() throws Exception {
        robot.clickOn("#category-sandwiches");
        robot.clickOn("#menu-item-turkey-avocado");
        waitUntil(() -> fx.isShown("#item-choice"));
        robot.clickOn("#choice-add");
        assertThat(fx.text("#choice-problem")).isEqualTo("Still to choose: Bread");
        robot.clickOn("#option-bread-sourdough");
        robot.clickOn("#choice-add");
        waitUntil(() -> lines() == 1);

        robot.write("lemon");
        waitUntil(() -> fx.isShown("#menu-item-lemonade"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> lines() == 2 && !busy());
        robot.write("+");
        waitUntil(() -> quantityOfLast() == 2 && !busy());
        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> lines() == 1 && !busy());

        robot.type(KeyCode.F2);
        waitUntil(() -> fx.isShown("#discount"));
        robot.clickOn("#discount-order");
        robot.clickOn("#discount-value").write("10");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Discount applied".equals(fx.text("#order-message")));
        robot.type(KeyCode.F8);
        waitUntil(() -> "Sent to the kitchen".equals(fx.text("#order-message")));

        Order order = stored();
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Strawberry lemonade");
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.sent()).isTrue();
        });
        assertThat(order.status()).isEqualTo(OrderStatus.SENT);
        assertThat(order.totals().discounts().toPlainString()).isEqualTo("0.73");
        assertThat(fx.text("#order-total")).isEqualTo("$" + order.totals().total().toPlainString());
        try (Stream<Path> files = Files.list(counter.receipts)) {
            assertThat(files.map(Path::toString)).anyMatch(name -> name.endsWith("kitchen-" + order.number() + ".txt"));
        }
    }

    @Test
    void cashPaymentShowsChangeMarksTheOrderPaidAndThanksTheCustomer() {
        robot.clickOn("#category-bakery");
        robot.clickOn("#menu-item-chocolate-chip-cookie");
        waitUntil(() -> lines() == 1 && !busy());
        Order order = stored();

        robot.type(KeyCode.F9);
        waitUntil(() -> fx.isShown("#payment"));
        assertThat(fx.text("#payment-due")).isEqualTo("To pay: $2.67");
        robot.write("20");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.isShown("#payment-receipt"));

        assertThat(fx.text("#payment-change")).isEqualTo("Change due: $17.33");
        assertThat(counter.pos.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        robot.clickOn("#receipt-none");
        waitUntil(() -> !fx.isShown("#payment"));
        assertThat(onFx(() -> session.orderProperty().get())).isNull();
        assertThat(onFx(() -> session.companionPageProperty().get())).isInstanceOf(CompanionPage.ThankYou.class);
        assertThat(fx.isShown("#order-panel .empty-title")).isTrue();
    }

    @Test
    void cardPaymentIsApprovedAndTheReceiptPrinted() throws Exception {
        robot.clickOn("#category-drinks");
        robot.clickOn("#menu-item-lemonade");
        waitUntil(() -> lines() == 1 && !busy());
        Order order = stored();

        robot.clickOn("#pay-button");
        robot.type(KeyCode.F11);
        waitUntil(() -> fx.isShown("#payment-receipt"));
        assertThat(counter.pos.orders().find(order.id()).orElseThrow().tenders()).singleElement()
                .satisfies(t -> assertThat(t.type()).isEqualTo(TenderType.CARD));
        robot.type(KeyCode.P);
        waitUntil(() -> !fx.isShown("#payment"));

        try (Stream<Path> files = Files.list(counter.receipts)) {
            assertThat(files.map(Path::toString)).anyMatch(name -> name.endsWith("receipt-" + order.number() + ".txt"));
        }
    }

    @Test
    void declinedCardIsExplainedAndTheCustomerPaysCashInstead() {
        robot.clickOn("#category-drinks");
        robot.clickOn("#menu-item-lemonade");
        waitUntil(() -> lines() == 1 && !busy());
        counter.gateway.decline("do not honour");

        robot.type(KeyCode.F9);
        waitUntil(() -> fx.isShown("#payment"));
        robot.type(KeyCode.F11);
        waitUntil(() -> fx.text("#payment-message").startsWith("Card declined"));
        assertThat(fx.text("#payment-message")).contains("The card processor did not accept the card.")
                .doesNotContain("do not honour");
        assertThat(onFx(() -> session.companionPageProperty().get())).isInstanceOf(CompanionPage.Message.class);
        robot.clickOn("#quick-cash-0");
        waitUntil(() -> fx.isShown("#payment-receipt"));

        assertThat(stored().tenders()).singleElement().satisfies(t -> assertThat(t.type()).isEqualTo(TenderType.CASH));
        assertThat(stored().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void palmPaymentChargesTheLinkedCardOfTheIdentifiedCustomer() {
        runFx(() -> session.customerProperty().set(Customers.withCard("cust-fx-palm", 0)));
        robot.clickOn("#category-drinks");
        robot.clickOn("#menu-item-lemonade");
        waitUntil(() -> lines() == 1 && !busy());

        robot.type(KeyCode.F9);
        waitUntil(() -> fx.isShown("#payment"));
        robot.type(KeyCode.F6);
        waitUntil(() -> fx.isShown("#payment-palm-wait"));
        assertThat(onFx(() -> session.companionPageProperty().get())).isInstanceOf(CompanionPage.PayWithPalm.class);
        palm.identify("cust-fx-palm");
        waitUntil(() -> fx.isShown("#payment-receipt"));

        assertThat(stored().tenders()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TenderType.PALM);
            assertThat(t.last4()).isEqualTo("1881");
        });
        assertThat(stored().customerId()).isEqualTo("cust-fx-palm");
    }

    @Test
    void palmPaymentTimesOutAndTheCashierTakesTheCardInstead() {
        show(SHORT_PALM_TIMEOUT);
        runFx(() -> session.customerProperty().set(Customers.withCard("cust-fx-slow", 0)));
        robot.clickOn("#category-drinks");
        robot.clickOn("#menu-item-lemonade");
        waitUntil(() -> lines() == 1 && !busy());
        robot.type(KeyCode.F9);
        waitUntil(() -> fx.isShown("#payment"));
        // other panels (customer, companion) listen to the reader too: the payment must remove only its own
        int listenersBefore = palm.listenerCount();
        robot.clickOn("#pay-palm");
        waitUntil(() -> fx.isShown("#payment-palm-wait"));

        waitUntil(() -> fx.isShown("#payment-choose"));
        assertThat(fx.text("#payment-message")).isEqualTo("No palm within 1 s: take card or cash");
        assertThat(palm.listenerCount()).isEqualTo(listenersBefore);
        robot.type(KeyCode.F11);
        waitUntil(() -> fx.isShown("#payment-receipt"));

        assertThat(stored().tenders()).singleElement().satisfies(t -> assertThat(t.type()).isEqualTo(TenderType.CARD));
    }

    private Order stored() {
        String id = onFx(() -> session.orderProperty().get().id());
        return counter.pos.orders().find(id).orElseThrow();
    }

    private int lines() {
        return onFx(() -> session.orderProperty().get() == null ? 0 : session.orderProperty().get().lines().size());
    }

    private int quantityOfLast() {
        return onFx(() -> {
            var lines = session.orderProperty().get().lines();
            return lines.get(lines.size() - 1).quantity();
        });
    }

    private boolean busy() {
        return onFx(() -> robot.lookup("#order-busy").query().isVisible());
    }
}
