package com.palmpos.ui.internal.counter;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bringing an open order back by hand (Ctrl+O, scripted palm reader, real services): a customer's order parked by
 * switching to a second customer, and an anonymous order set aside; the order in hand stays open in the store.
 */
class OpenOrdersFxTest extends CounterFxTestBase {

    @BeforeAll
    static void seedCustomers() {
        services.pos.customers().upsert(customer("cus-anna", "Anna Schmidt", "Anna"));
        services.pos.customers().upsert(customer("cus-bruno", "Bruno Weber", "Bruno"));
    }

    @Override
    void afterJourney() {
        voidOpenOrders();
    }

    @Test
    void annasOrderParkedBySwitchingToBrunoComesBackFromTheSheetByKeysOnly() {
        screen.palm.identify("cus-anna");
        waitUntil(() -> "Welcome, Anna".equals(screen.text("#customer-greeting")));
        String annas = addLemonade();
        waitUntil(() -> "cus-anna".equals(stored(annas).customerId()));
        screen.palm.identify("cus-bruno");
        waitUntil(() -> screen.isShown("#second-customer"));
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        waitUntil(() -> "Welcome, Bruno".equals(screen.text("#customer-greeting")));
        String brunos = addLemonade();
        waitUntil(() -> "cus-bruno".equals(stored(brunos).customerId()));
        assertThat(screen.text("#open-orders-button")).contains("Open orders");

        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        String row = "#open-order-" + stored(annas).number();
        waitUntil(() -> screen.isShown(row));
        assertThat(screen.text(row)).startsWith("No. " + stored(annas).number() + " \u00b7 Anna \u00b7 1 item \u00b7 ")
                .endsWith(" \u00b7 0 min");
        assertThat(height(row)).isGreaterThanOrEqualTo(44);
        assertThat(height("#open-orders-button")).isGreaterThanOrEqualTo(44);
        assertThat(height("#open-orders-close")).isGreaterThanOrEqualTo(44);
        // Bruno's own order is the one in hand: not offered
        assertThat(screen.isShown("#open-order-" + stored(brunos).number())).isFalse();
        waitUntil(() -> row.equals("#" + screen.focused()));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        waitUntil(() -> annas.equals(sessionOrderId()));
        waitUntil(() -> "Welcome, Anna".equals(screen.text("#customer-greeting")));
        assertThat(screen.isShown("#open-orders")).isFalse();
        assertThat(screen.isShown("#second-customer")).isFalse();
        assertThat(screen.lines()).isEqualTo(1);
        assertThat(screen.text("#order-message")).isEqualTo("Order No. " + stored(annas).number()
                + " is back; order No. " + stored(brunos).number() + " stays open.");
        assertThat(stored(annas).status()).isEqualTo(OrderStatus.OPEN);
        assertThat(stored(annas).customerId()).isEqualTo("cus-anna");
        assertThat(stored(brunos).status()).isEqualTo(OrderStatus.OPEN);
        assertThat(stored(brunos).customerId()).isEqualTo("cus-bruno");

        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> screen.isShown("#open-order-" + stored(brunos).number()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !screen.isShown("#open-orders"));
        assertThat(sessionOrderId()).isEqualTo(annas);
    }

    @Test
    void anAnonymousOrderSetAsideComesBackWithoutACustomer() {
        Order annas = services.pos.orders().open(ServiceMode.DINE_IN, "", "cashier-1");
        services.pos.orders().addItem(annas.id(), LineRequest.of("lemonade", null));
        services.pos.orders().attachCustomer(annas.id(), "cus-anna");
        String anonymous = addLemonade();
        assertThat(stored(anonymous).customerId()).isNull();

        robot.clickOn("#open-orders-button");
        String annasRow = "#open-order-" + annas.number();
        waitUntil(() -> screen.isShown(annasRow));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> annas.id().equals(sessionOrderId()));
        waitUntil(() -> "Welcome, Anna".equals(screen.text("#customer-greeting")));
        assertThat(stored(anonymous).status()).isEqualTo(OrderStatus.OPEN);

        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        String anonymousRow = "#open-order-" + stored(anonymous).number();
        waitUntil(() -> screen.isShown(anonymousRow));
        assertThat(screen.text(anonymousRow)).contains(" \u00b7 no name \u00b7 1 item \u00b7 ");
        screen.tap(anonymousRow);

        waitUntil(() -> anonymous.equals(sessionOrderId()));
        waitUntil(() -> onFx(() -> screen.session.customerProperty().get() == null));
        assertThat(stored(anonymous).customerId()).isNull();
        assertThat(stored(anonymous).status()).isEqualTo(OrderStatus.OPEN);
        assertThat(services.pos.orders().find(annas.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(services.pos.orders().find(annas.id()).orElseThrow().customerId()).isEqualTo("cus-anna");
    }

    @Test
    void theSheetSaysSoWhenNoOtherOrderIsOpen() {
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> "No other open orders today at this terminal.".equals(screen.text("#open-orders-status")));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !screen.isShown("#open-orders"));
    }

    @Test
    void anOrderPaidOrVoidedElsewhereWhileTheSheetIsOpenIsRefusedAndTheListRefreshed() {
        Order other = services.pos.orders().open(ServiceMode.DINE_IN, "", "cashier-1");
        services.pos.orders().addItem(other.id(), LineRequest.of("lemonade", null));
        String inHand = addLemonade();
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> screen.isShown("#open-order-" + other.number()));
        services.pos.orders().voidOrder(other.id(), "voided at the manager screen");

        robot.type(KeyCode.ENTER);
        waitUntil(() -> !screen.isShown("#open-order-" + other.number()));
        assertThat(screen.text("#open-orders-status"))
                .isEqualTo("Order No. " + other.number() + " is no longer open (paid or voided meanwhile).");
        assertThat(screen.isShown("#open-orders")).isTrue();
        assertThat(sessionOrderId()).isEqualTo(inHand);
        assertThat(stored(inHand).status()).isEqualTo(OrderStatus.OPEN);
    }

    private double height(String query) {
        return onFx(() -> robot.lookup(query).query().getLayoutBounds().getHeight());
    }

    /** A lemonade typed in and added: the session's order (opened by it when none was open). */
    private String addLemonade() {
        int before = screen.lines();
        robot.write("lemon");
        waitUntil(() -> screen.isShown("#menu-item-lemonade"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lines() == before + 1 && !screen.busy());
        return sessionOrderId();
    }

    private String sessionOrderId() {
        return onFx(() -> screen.session.orderProperty().get() == null ? null
                : screen.session.orderProperty().get().id());
    }

    private static Order stored(String orderId) {
        return services.pos.orders().find(orderId).orElseThrow();
    }

}
