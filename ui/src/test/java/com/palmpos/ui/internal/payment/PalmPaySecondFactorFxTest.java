package com.palmpos.ui.internal.payment;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.runFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.privacy.SecondFactorSettings;
import com.palmpos.ui.Theme;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.counter.CounterView;
import com.palmpos.ui.internal.counter.CounterViewModel;
import com.palmpos.ui.internal.fx.Stylesheets;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.task.FxTaskRunner;
import com.palmpos.ui.testing.Customers;
import com.palmpos.ui.testing.FxQueries;
import com.palmpos.ui.testing.FxWatchdogExtension;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
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
 * Issue #8 on the real pay sheet (headless Monocle) over the real services and audit log: palm payments below the
 * second-factor amount pay at once, above it the cashier types the last four digits of the customer's phone; right
 * digits pay, wrong ones fall back to card or cash, three wrong ones lock palm pay. Every palm payment is audited
 * with the customer id, payment id and match score.
 */
@ExtendWith(FxWatchdogExtension.class)
class PalmPaySecondFactorFxTest {

    /** A cookie costs $2.67: below. A tip of $10 takes the payment above (the tip counts). */
    private static final Money THRESHOLD = Money.parse("10.00", Currency.getInstance("USD"));
    private static final String PHONE = "+1 (555) 010-4321";

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
        // shown before the watchdog starts (FxWatchdogExtension): a first show is not judged
        tasks = FxTaskRunner.withThreads(2);
        session = new CounterSession(counter.servicesWith(palm, SecondFactorSettings.above(THRESHOLD)), tasks,
                Messages.forLocale(Locale.ENGLISH));
        stage = onFx(() -> {
            Stage window = new Stage();
            // the shell's default ports: palm payments audited in the terminal's audit log
            Scene scene = new Scene(new CounterView(new CounterViewModel(session)), 1280, 800);
            Stylesheets.apply(scene, Theme.LIGHT);
            window.setScene(scene);
            window.show();
            window.toFront();
            window.requestFocus();
            return window;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeCounter() {
        runFx(stage::close);
        tasks.close();
    }

    @Test
    void palmPaymentBelowTheAmountPaysAtOnceAndIsAudited() {
        String customer = servedCustomerWithPhone("cus-2fa-below");
        cookieOnThePaySheet(null);

        palmRead(customer);
        waitUntil(() -> fx.isShown("#payment-receipt"));

        Order order = stored();
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        String paymentId = order.tenders().get(0).paymentId();
        List<AuditEntry> audited = counter.pos.audit().forSubject(customer);
        assertThat(audited).extracting(AuditEntry::action).doesNotContain(AuditAction.SECOND_FACTOR);
        assertThat(audited).as("one palm payment, one audit entry")
                .filteredOn(e -> e.action() == AuditAction.IDENTIFIED_PAYMENT).singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo("APPROVED");
                    assertThat(e.actor()).isEqualTo(counter.services.staffId());
                    assertThat(e.detail()).contains("payment " + paymentId, "order " + order.number(), "score 0.9",
                            order.id()).doesNotContain("4321");
                });
        assertThat(counter.pos.audit().verify().intact()).isTrue();
    }

    @Test
    void palmPaymentAboveTheAmountPaysWithTheRightLastFourDigits() {
        String customer = servedCustomerWithPhone("cus-2fa-right");
        cookieOnThePaySheet("10");

        palmRead(customer);
        waitUntil(() -> fx.isShown("#payment-second-factor"));
        assertThat(fx.text("#payment-message")).contains("last four digits");
        assertThat(onFx(() -> session.companionPageProperty().get())).isInstanceOfSatisfying(
                CompanionPage.Message.class, m -> assertThat(m.text()).contains("last four digits of your phone"));
        assertThat(stored().tenders()).as("nothing charged before the check").isEmpty();
        for (String digit : List.of("4", "3", "2", "1")) {
            robot.clickOn("#second-factor-key-" + digit);
        }
        robot.clickOn("#second-factor-pay");
        waitUntil(() -> fx.isShown("#payment-receipt"));

        assertThat(stored().tenders()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TenderType.PALM);
            assertThat(t.amount().plus(t.tip()).toPlainString()).isEqualTo("12.67");
        });
        assertThat(counter.pos.audit().forSubject(customer)).extracting(AuditEntry::action, AuditEntry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.SECOND_FACTOR, "PASSED"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.IDENTIFIED_PAYMENT, "APPROVED"));
    }

    @Test
    void wrongLastFourDigitsChargeNothingAndTheCustomerPaysByCardInstead() {
        String customer = servedCustomerWithPhone("cus-2fa-wrong");
        cookieOnThePaySheet("10");

        palmRead(customer);
        waitUntil(() -> fx.isShown("#payment-second-factor"));
        robot.write("1234");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.isShown("#payment-choose"));

        assertThat(fx.text("#payment-message")).startsWith("Wrong digits: nothing was charged").contains("2 more");
        assertThat(onFx(() -> session.companionPageProperty().get())).isInstanceOf(CompanionPage.Message.class);
        assertThat(stored().tenders()).isEmpty();
        robot.type(KeyCode.F11);
        waitUntil(() -> fx.isShown("#payment-receipt"));
        assertThat(stored().tenders()).singleElement().satisfies(t -> assertThat(t.type()).isEqualTo(TenderType.CARD));
        assertThat(counter.pos.audit().forSubject(customer)).extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.SECOND_FACTOR, "WRONG"));
    }

    @Test
    void threeWrongAnswersLockPalmPayForTheCustomer() {
        String customer = servedCustomerWithPhone("cus-2fa-locked");
        cookieOnThePaySheet("10");

        for (int attempt = 1; attempt <= 3; attempt++) {
            if (attempt > 1) {
                robot.type(KeyCode.F6);
            }
            palmRead(customer);
            waitUntil(() -> fx.isShown("#payment-second-factor"));
            robot.write("0000");
            robot.type(KeyCode.ENTER);
            waitUntil(() -> fx.isShown("#payment-choose"));
        }

        assertThat(fx.text("#payment-message")).startsWith("Too many wrong digits: palm pay is locked");
        assertThat(stored().tenders()).isEmpty();
        assertThat(counter.pos.audit().forSubject(customer)).extracting(AuditEntry::outcome)
                .containsExactly("WRONG", "WRONG", "LOCKED");
    }

    @Test
    void fewerThanFourDigitsAreRefusedWithoutAnAttempt() {
        String customer = servedCustomerWithPhone("cus-2fa-short");
        cookieOnThePaySheet("10");

        palmRead(customer);
        waitUntil(() -> fx.isShown("#payment-second-factor"));
        robot.write("43");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> fx.text("#payment-message").startsWith("Type exactly 4 digits"));
        assertThat(fx.isShown("#payment-second-factor")).isTrue();
        assertThat(counter.pos.audit().forSubject(customer)).isEmpty();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> fx.isShown("#payment-choose"));
        assertThat(fx.text("#payment-message")).isEqualTo("Palm payment cancelled: take card or cash");
    }

    /** A stored customer with a linked card and a phone on file, identified at the counter. */
    private String servedCustomerWithPhone(String customerId) {
        counter.pos.customers().upsert(Customers.withCard(customerId, 0));
        counter.pos.customers().savePhone(customerId, PHONE);
        runFx(() -> session.customerProperty().set(Customers.withCard(customerId, 0)));
        return customerId;
    }

    /** A cookie ordered, the pay sheet open with {@code tip} typed (null for none), palm payment started. */
    private void cookieOnThePaySheet(String tip) {
        robot.clickOn("#category-bakery");
        robot.clickOn("#menu-item-chocolate-chip-cookie");
        waitUntil(() -> onFx(() -> session.orderProperty().get() != null
                && session.orderProperty().get().lines().size() == 1));
        robot.type(KeyCode.F9);
        waitUntil(() -> fx.isShown("#payment"));
        if (tip != null) {
            robot.clickOn("#tip").write(tip);
        }
        robot.type(KeyCode.F6);
    }

    private void palmRead(String customerId) {
        waitUntil(() -> fx.isShown("#payment-palm-wait"));
        palm.identify(customerId);
    }

    private Order stored() {
        String id = onFx(() -> session.orderProperty().get().id());
        return counter.pos.orders().find(id).orElseThrow();
    }
}
