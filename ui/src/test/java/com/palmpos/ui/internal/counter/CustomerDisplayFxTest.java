package com.palmpos.ui.internal.counter;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.runFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.order.Order;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.testing.Customers;
import com.palmpos.ui.testing.FxWatchdogExtension;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer display beside a real counter screen: it shows the cashier's lines with modifiers and discounts, the
 * same totals and the order number, and where the payment is (due, approved, change), then goes back to its welcome
 * page; a palm that is not the customer's is never called a refused payment.
 */
class CustomerDisplayFxTest extends CounterFxTestBase {

    @BeforeEach
    void showCompanion() {
        screen.close();
        screen = new CounterStage(services, robot, Locale.ENGLISH, UnaryOperator.identity()).withCompanion();
    }

    @Override
    void afterJourney() {
        voidOpenOrders();
    }

    @Test
    void theDisplayShowsTheCashiersLinesModifiersDiscountTaxTotalAndOrderNumber() {
        robot.clickOn("#category-sandwiches");
        robot.clickOn("#menu-item-turkey-avocado");
        waitUntil(() -> screen.isShown("#item-choice"));
        robot.clickOn("#option-bread-sourdough");
        robot.clickOn("#choice-add");
        waitUntil(() -> screen.lines() == 1 && !screen.busy());
        robot.type(KeyCode.F2);
        waitUntil(() -> screen.isShown("#discount"));
        robot.clickOn("#discount-order");
        robot.clickOn("#discount-value").write("10");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Discount applied".equals(screen.text("#order-message")));
        Order order = screen.stored(services);

        waitUntil(() -> screen.text("#companion-cart-discounts").equals(screen.text("#order-discounts")));
        assertThat(screen.text("#companion-headline")).isEqualTo("Your order No. " + order.number());
        assertThat(screen.text("#companion-cart-total")).isEqualTo(screen.text("#order-total"));
        assertThat(screen.text("#companion-cart-tax")).isEqualTo(screen.text("#order-tax"));
        assertThat(screen.text("#companion-cart-subtotal")).isEqualTo(screen.text("#order-subtotal"));
        assertThat(companionTexts("companion-cart-details")).singleElement().asString().contains("Sourdough");
        assertThat(companionTexts("companion-cart-name")).singleElement().asString().startsWith("Turkey");
        assertThat(screen.text("#companion-message")).isEqualTo("Total " + screen.text("#order-total"));
    }

    @Test
    void cashShowsTheAmountDueThenTheChangeThenThanksAndReturnsToIdle() {
        cookie();
        robot.type(KeyCode.F9);
        waitUntil(() -> screen.isShown("#payment"));
        waitUntil(() -> "To pay: $2.67".equals(screen.text("#companion-message")));

        robot.write("20");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.isShown("#payment-receipt"));
        waitUntil(() -> "Your change: $17.33".equals(screen.text("#companion-message")));

        robot.type(KeyCode.N);
        waitUntil(() -> !screen.isShown("#payment"));
        waitUntil(() -> onFx(() -> screen.session.companionPageProperty().get()) instanceof CompanionPage.ThankYou);
        waitUntil(() -> onFx(() -> screen.session.companionPageProperty().get()) instanceof CompanionPage.Idle);
        assertThat(screen.text("#companion-message")).isEqualTo("Hold your open hand over the reader");
    }

    @Test
    void anApprovedPalmPaymentSaysApprovedAndNeverAsksForThePalmAgain() {
        runFx(() -> screen.session.customerProperty().set(Customers.withCard("cus-display-palm", 0)));
        cookie();
        robot.type(KeyCode.F9);
        waitUntil(() -> screen.isShown("#payment"));
        robot.type(KeyCode.F6);
        waitUntil(() -> screen.isShown("#payment-palm-wait"));
        assertThat(screen.text("#companion-message")).isEqualTo("Show your palm again to pay");

        screen.palm.identify("cus-display-palm");
        waitUntil(() -> screen.isShown("#payment-receipt"));

        waitUntil(() -> "Payment of $2.67 approved".equals(screen.text("#companion-message")));
        assertThat(screen.text("#companion-message")).doesNotContain("palm");
    }

    @Test
    void anotherCustomersPalmDuringThePalmWaitIsNotCalledARefusedPayment() {
        runFx(() -> screen.session.customerProperty().set(Customers.withCard("cus-display-owner", 0)));
        cookie();
        robot.type(KeyCode.F9);
        waitUntil(() -> screen.isShown("#payment"));
        robot.type(KeyCode.F6);
        waitUntil(() -> screen.isShown("#payment-palm-wait"));

        screen.palm.identify("cus-display-someone-else");
        waitUntil(() -> screen.isShown("#payment-choose"));

        assertThat(screen.text("#payment-message")).isEqualTo("Another palm was read: take card or cash");
        assertThat(screen.text("#companion-message")).isEqualTo("To pay: $2.67");
        assertThat(screen.text("#companion-headline")).doesNotContain("not accepted");
    }

    @Test
    void theDisplaySpeaksGermanWithTheCashiersAmounts() {
        screen.close();
        FxWatchdogExtension.showingWindows(() -> screen = new CounterStage(services, robot, Locale.GERMAN,
                UnaryOperator.identity()).withCompanion());
        cookie();
        Order order = screen.stored(services);
        waitUntil(() -> screen.text("#companion-headline").equals("Ihre Bestellung Nr. " + order.number()));
        assertThat(screen.text("#companion-cart-total")).isEqualTo(screen.text("#order-total"));

        robot.type(KeyCode.F9);
        waitUntil(() -> screen.isShown("#payment"));
        waitUntil(() -> screen.text("#companion-message").equals(screen.text("#payment-due")));
        assertThat(screen.text("#companion-message")).startsWith("Zu zahlen: ");
        robot.write("20");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.isShown("#payment-receipt"));
        waitUntil(() -> screen.text("#companion-message").startsWith("Ihr R\u00fcckgeld: "));
        assertThat(screen.text("#companion-message"))
                .isEqualTo("Ihr " + screen.text("#payment-change"));
    }

    private void cookie() {
        robot.clickOn("#category-bakery");
        robot.clickOn("#menu-item-chocolate-chip-cookie");
        waitUntil(() -> screen.lines() == 1 && !screen.busy());
    }

    /** The texts of the customer display's labels with {@code styleClass}, top to bottom. */
    private List<String> companionTexts(String styleClass) {
        return onFx(() -> robot.lookup("." + styleClass).queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
    }
}
