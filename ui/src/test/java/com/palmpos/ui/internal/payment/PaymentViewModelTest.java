package com.palmpos.ui.internal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.port.CardTerminal;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.TenderStatus;
import com.palmpos.pos.order.TenderType;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.payment.PaymentViewModel.Step;
import com.palmpos.ui.internal.payment.PaymentViewModel.Tone;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.Customers;
import com.palmpos.ui.testing.ManualDelay;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paying journey through the view model and the real services, without an FX thread. */
class PaymentViewModelTest {

    @TempDir
    static Path dir;
    private static TestCounter counter;

    private final ScriptedPalmReader palm = new ScriptedPalmReader();
    private final CounterSession session = new CounterSession(counter.servicesWith(palm), new ImmediateTaskRunner(),
            Messages.forLocale(Locale.ENGLISH));
    private final ManualDelay delay = new ManualDelay();
    private final List<String> audited = new ArrayList<>();
    private final PalmPaymentAudit audit = (order, paymentId, identification, status) ->
            audited.add(identification.customerId() + " " + status + " " + (paymentId != null));
    private boolean closed;
    private PaymentViewModel model;

    @BeforeAll
    static void services() {
        counter = new TestCounter(dir);
    }

    @AfterAll
    static void close() {
        counter.close();
    }

    @AfterEach
    void approveAgain() {
        counter.gateway.approve();
    }

    @Test
    void cashGivesChangeAndPaysTheOrder() {
        Order order = orderOf("lemonade", "chocolate-chip-cookie");
        open();
        assertThat(model.dueTextProperty().get()).isEqualTo("To pay: $6.64");
        assertThat(model.quickCash()).extracting(m -> m.toPlainString())
                .containsExactly("6.64", "7.00", "10.00", "20.00");

        model.cashGivenProperty().set("20");
        model.payCash();

        assertThat(model.changeTextProperty().get()).isEqualTo("Change due: $13.36");
        assertThat(model.stepProperty().get()).isEqualTo(Step.RECEIPT);
        assertThat(stored(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void tooLittleOrUnreadableCashIsRefusedWithASentence() {
        orderOf("lemonade");
        open();

        model.cashGivenProperty().set("twenty");
        model.payCash();
        assertThat(model.messageProperty().get()).isEqualTo("Enter the cash given, like 20 or 20.00");

        model.tipProperty().set("5");
        model.cashGivenProperty().set("2");
        model.payCash();
        assertThat(model.messageProperty().get()).startsWith("Not enough cash");
        assertThat(model.toneProperty().get()).isEqualTo(Tone.ERROR);
    }

    @Test
    void receiptChoiceThanksTheCustomerAndClearsTheSession() {
        session.customerProperty().set(Customers.withCard("cust-thanks", 0));
        orderOf("lemonade");
        open();
        model.payCash(model.quickCash().get(0));

        model.noReceipt();

        assertThat(session.orderProperty().get()).isNull();
        assertThat(session.customerProperty().get()).isNull();
        assertThat(session.companionPageProperty().get()).isEqualTo(new CompanionPage.ThankYou("Sam"));
        assertThat(closed).isTrue();
        delay.fireAll();
        assertThat(session.companionPageProperty().get()).isInstanceOf(CompanionPage.Idle.class);
    }

    @Test
    void cardPaysWithATokenNeverTheNumber() {
        Order order = orderOf("lemonade");
        open();

        model.payCard();

        assertThat(stored(order).tenders()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TenderType.CARD);
            assertThat(t.last4()).isEqualTo("4242");
            assertThat(t.token()).startsWith("tok_local_").doesNotContain("4242424242424242");
        });
        assertThat(counter.gateway.requests()).noneMatch(r -> r.token().contains("4242424242424242"));
    }

    @Test
    void declinedCardSaysSoAndFallsBackToTheChoice() {
        Order order = orderOf("lemonade");
        open();
        counter.gateway.decline("insufficient_funds");

        model.payCard();

        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(model.messageProperty().get()).isEqualTo("Card declined. The card does not have enough funds for"
                + " this amount. Ask for another card or cash.");
        assertThat(session.companionPageProperty().get()).isInstanceOf(CompanionPage.Message.class);
        assertThat(stored(order).status()).isEqualTo(OrderStatus.OPEN);
    }

    @Test
    void cardTakenOfflineIsShownAsOffline() {
        Order order = orderOf("lemonade");
        open();
        counter.gateway.unreachable();

        model.payCard();

        assertThat(model.toneProperty().get()).isEqualTo(Tone.OFFLINE);
        assertThat(model.messageProperty().get()).startsWith("Approved OFFLINE");
        assertThat(stored(order).tenders()).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TenderStatus.OFFLINE_PENDING));
    }

    @Test
    void splitInTwoTakesTwoPayments() {
        Order order = orderOf("lemonade", "chocolate-chip-cookie");
        open();
        model.splitPartsProperty().set(2);
        assertThat(model.dueTextProperty().get()).isEqualTo("To pay: $3.32 (part 1 of 2)");

        model.payCard();
        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(model.dueTextProperty().get()).isEqualTo("To pay: $3.32 (part 2 of 2)");
        model.cashGivenProperty().set("5");
        model.payCash();

        assertThat(model.changeTextProperty().get()).isEqualTo("Change due: $1.68");
        assertThat(stored(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void palmOfTheServedCustomerPaysWithTheirLinkedCard() {
        session.customerProperty().set(Customers.withCard("cust-palm", 0));
        Order order = orderOf("lemonade");
        open();
        assertThat(model.palmAvailableProperty().get()).isTrue();

        model.payPalm();
        assertThat(session.companionPageProperty().get()).isInstanceOf(CompanionPage.PayWithPalm.class);
        assertThat(model.stepProperty().get()).isEqualTo(Step.PALM_WAIT);
        palm.identify("cust-palm");

        assertThat(stored(order).tenders()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TenderType.PALM);
            assertThat(t.token()).isEqualTo("tok_linked_cust-palm");
        });
        assertThat(audited).containsExactly("cust-palm APPROVED true");
        assertThat(palm.listenerCount()).isZero();
        assertThat(delay.pending()).isZero();
    }

    @Test
    void aFailingAuditWriteDoesNotUndoATakenPalmPayment() {
        session.customerProperty().set(Customers.withCard("cust-audit-down", 0));
        Order order = orderOf("lemonade");
        model = new PaymentViewModel(session, CardTerminal.localTestCard(), (o, id, identification, status) -> {
            throw new IllegalStateException("audit store unavailable");
        }, delay, new PaymentSettings(Duration.ofSeconds(20), Duration.ofSeconds(5)), () -> closed = true);

        model.payPalm();
        palm.identify("cust-audit-down");

        assertThat(model.stepProperty().get()).isEqualTo(Step.RECEIPT);
        assertThat(stored(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aboveTheAmountACustomerWithoutAPhonePaysAnotherWay() {
        CounterSession strict = new CounterSession(counter.servicesWith(palm, com.palmpos.pos.privacy.SecondFactorSettings
                .above(com.palmpos.pos.money.Money.parse("1.00", java.util.Currency.getInstance("USD")))),
                new ImmediateTaskRunner(), Messages.forLocale(Locale.ENGLISH));
        strict.customerProperty().set(Customers.withCard("cust-no-phone", 0));
        Order order = counter.pos.orders().open(com.palmpos.pos.menu.ServiceMode.DINE_IN, "", "cashier");
        order = counter.pos.orders().addItem(order.id(), LineRequest.of("lemonade", null));
        strict.orderProperty().set(order);
        model = new PaymentViewModel(strict, CardTerminal.localTestCard(), audit, delay,
                new PaymentSettings(Duration.ofSeconds(20), Duration.ofSeconds(5)), () -> closed = true);

        model.payPalm();
        palm.identify("cust-no-phone");
        assertThat(model.stepProperty().get()).isEqualTo(Step.SECOND_FACTOR);
        model.secondFactorDigitsProperty().set("1234");
        model.confirmSecondFactor();

        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(model.messageProperty().get()).startsWith("No phone number on file for this customer");
        assertThat(model.secondFactorDigitsProperty().get()).isEmpty();
        assertThat(stored(order).tenders()).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void anotherPalmFallsBackToCardOrCash() {
        session.customerProperty().set(Customers.withCard("cust-a", 0));
        Order order = orderOf("lemonade");
        open();
        model.payPalm();

        palm.emit(new CaptureEvent.Unknown());
        assertThat(model.messageProperty().get()).startsWith("Palm not recognised");
        palm.identify("cust-b");

        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(model.messageProperty().get()).isEqualTo("Another palm was read: take card or cash");
        assertThat(stored(order).tenders()).isEmpty();
        assertThat(palm.listenerCount()).isZero();
    }

    @Test
    void palmTimeoutFallsBackAndStopsListening() {
        session.customerProperty().set(Customers.withCard("cust-slow", 0));
        Order order = orderOf("lemonade");
        open();
        model.payPalm();

        delay.fireAll();

        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(model.messageProperty().get()).isEqualTo("No palm within 20 s: take card or cash");
        assertThat(session.companionPageProperty().get()).isInstanceOf(CompanionPage.Cart.class);
        palm.identify("cust-slow");
        assertThat(stored(order).tenders()).isEmpty();
    }

    @Test
    void palmIsOfferedOnlyForACustomerWithALinkedCard() {
        session.customerProperty().set(Customers.withoutCard("cust-nocard"));
        orderOf("lemonade");
        open();

        model.payPalm();

        assertThat(model.palmAvailableProperty().get()).isFalse();
        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(model.messageProperty().get()).startsWith("Palm pay needs an identified customer");
    }

    @Test
    void printedReceiptShowsTheCardAsLastFourOnly() throws Exception {
        orderOf("lemonade");
        open();
        model.payCard();

        model.printReceipt();

        try (var files = java.nio.file.Files.list(counter.receipts)) {
            String receipt = java.nio.file.Files.readString(files.filter(f -> f.toString().contains("receipt-"))
                    .reduce((a, b) -> b).orElseThrow());
            assertThat(receipt).contains("Card Visa ****4242").doesNotContain("4242424242424242");
        }
        assertThat(session.orderProperty().get()).isNull();
    }

    private void open() {
        model = new PaymentViewModel(session, CardTerminal.localTestCard(), audit, delay,
                new PaymentSettings(Duration.ofSeconds(20), Duration.ofSeconds(5)), () -> closed = true);
    }

    private Order orderOf(String... itemIds) {
        var services = session.services();
        Order order = services.orders().open(com.palmpos.pos.menu.ServiceMode.DINE_IN, "", services.staffId());
        if (session.customerProperty().get() != null) {
            order = services.orders().attachCustomer(order.id(), session.customerProperty().get().customerId());
        }
        for (String id : itemIds) {
            order = services.orders().addItem(order.id(), LineRequest.of(id, null));
        }
        session.orderProperty().set(order);
        return order;
    }

    private static Order stored(Order order) {
        return counter.pos.orders().find(order.id()).orElseThrow();
    }
}
