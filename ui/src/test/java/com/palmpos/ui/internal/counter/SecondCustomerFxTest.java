package com.palmpos.ui.internal.counter;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second palm while a customer's order is open (scripted reader, real services): an order with items stays with
 * its customer unless the cashier switches, and then comes back with its customer's palm; an empty order follows
 * whoever is recognised; the same palm again changes nothing.
 */
class SecondCustomerFxTest extends CounterFxTestBase {

    @BeforeAll
    static void seedCustomers() {
        services.pos.customers().upsert(customer("cus-anna", "Anna Schmidt", "Anna"));
        services.pos.customers().upsert(customer("cus-bruno", "Bruno Weber", "Bruno"));
    }

    @Override
    void afterJourney() {
        // each journey starts without orders kept open by the one before (they would come back with the palm)
        voidOpenOrders();
    }

    @Test
    void secondCustomerAsksTheCashierAndAnnasOrderStaysHersUntilSwitchedAndComesBackWithHerPalm() {
        String annasOrder = annaOrdersALemonade();

        screen.palm.identify("cus-bruno");
        waitUntil(() -> screen.isShown("#second-customer"));
        assertThat(screen.text("#second-customer-text"))
                .isEqualTo("Bruno recognised \u2014 Anna\u2019s order No. " + number(annasOrder) + " is open");
        assertThat(screen.text("#keep-customer")).isEqualTo("Keep serving Anna");
        assertThat(screen.text("#customer-greeting")).isEqualTo("Welcome, Anna");
        assertThat(customerOf(annasOrder)).isEqualTo("cus-anna");

        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        waitUntil(() -> "Welcome, Bruno".equals(screen.text("#customer-greeting")));
        assertThat(screen.isShown("#second-customer")).isFalse();
        assertThat(sessionOrderId()).isNull();
        assertThat(screen.text("#customer-notice")).startsWith("Anna\u2019s order stays open");
        Order kept = services.pos.orders().find(annasOrder).orElseThrow();
        assertThat(kept.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(kept.customerId()).isEqualTo("cus-anna");

        screen.palm.identify("cus-anna");
        waitUntil(() -> annasOrder.equals(sessionOrderId()));
        waitUntil(() -> "Welcome, Anna".equals(screen.text("#customer-greeting")));
        assertThat(screen.lines()).isEqualTo(1);
        assertThat(screen.text("#customer-notice")).isEqualTo("Open order No. " + number(annasOrder)
                + " is back for this customer.");
    }

    @Test
    void anEmptyOrderFollowsTheNewCustomerWithoutAsking() {
        String orderId = annaOrdersALemonade();
        robot.type(KeyCode.DELETE);
        waitUntil(() -> screen.lines() == 0 && !screen.busy());

        screen.palm.identify("cus-bruno");
        waitUntil(() -> "Welcome, Bruno".equals(screen.text("#customer-greeting")));
        waitUntil(() -> "cus-bruno".equals(customerOf(orderId)));
        assertThat(screen.isShown("#second-customer")).isFalse();
    }

    @Test
    void theSameCustomerRecognisedAgainChangesNothing() {
        String orderId = annaOrdersALemonade();
        long revision = services.pos.orders().find(orderId).orElseThrow().revision();

        screen.palm.identify("cus-anna");
        screen.palm.identify("cus-anna");
        waitUntil(() -> onFx(() -> true));
        assertThat(screen.isShown("#second-customer")).isFalse();
        assertThat(screen.isShown("#customer-loading")).isFalse();
        assertThat(screen.text("#customer-greeting")).isEqualTo("Welcome, Anna");
        assertThat(services.pos.orders().find(orderId).orElseThrow().revision()).isEqualTo(revision);
    }

    @Test
    void aSecondPalmWhileTheSwitchPromptWaitsForTheSameCustomerAsksOnlyOnce() {
        annaOrdersALemonade();
        screen.palm.identify("cus-bruno");
        waitUntil(() -> screen.isShown("#second-customer"));

        screen.palm.identify("cus-bruno");
        waitUntil(() -> onFx(() -> true));

        assertThat(screen.isShown("#customer-loading")).isFalse();
        assertThat(screen.text("#customer-greeting")).isEqualTo("Welcome, Anna");
        robot.clickOn("#keep-customer");
        waitUntil(() -> !screen.isShown("#second-customer"));
    }

    /** Anna's palm, then a lemonade: her order with one line. */
    private String annaOrdersALemonade() {
        screen.palm.identify("cus-anna");
        waitUntil(() -> "Welcome, Anna".equals(screen.text("#customer-greeting")));
        robot.write("lemon");
        waitUntil(() -> screen.isShown("#menu-item-lemonade"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lines() == 1 && !screen.busy());
        String orderId = sessionOrderId();
        waitUntil(() -> "cus-anna".equals(customerOf(orderId)));
        return orderId;
    }

    private String sessionOrderId() {
        return onFx(() -> screen.session.orderProperty().get() == null ? null
                : screen.session.orderProperty().get().id());
    }

    private static String customerOf(String orderId) {
        return services.pos.orders().find(orderId).orElseThrow().customerId();
    }

    private static int number(String orderId) {
        return services.pos.orders().find(orderId).orElseThrow().number();
    }

}
