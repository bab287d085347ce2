package com.palmpos.ui.internal.counter;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.scanner.capture.CaptureEvent;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Prompts and keys at a busy counter (scripted palm reader, real services): the cashier decides once per palm, a
 * rejected palm stays rejected until the hand leaves, a guest's order gets a customer only by the cashier's action,
 * refusals go away by themselves, the no-receipt key types nothing, and there is no Pay while nothing is due.
 */
class CounterPromptsFxTest extends CounterFxTestBase {

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
    void keepServingAsksAboutTheSecondCustomerOnlyOnce() {
        screen.palm.identify("cus-anna");
        waitUntil(() -> "Welcome, Anna".equals(screen.text("#customer-greeting")));
        lemonade();
        screen.palm.identify("cus-bruno");
        waitUntil(() -> screen.isShown("#second-customer"));
        robot.press(KeyCode.ALT).type(KeyCode.K).release(KeyCode.ALT);
        waitUntil(() -> !screen.isShown("#second-customer"));

        screen.palm.emit(new CaptureEvent.NoHand());
        screen.palm.identify("cus-bruno");
        settle();

        holds(() -> !screen.isShown("#second-customer"));
        assertThat(screen.text("#customer-greeting")).isEqualTo("Welcome, Anna");
    }

    @Test
    void notThisCustomerHoldsForThatPalmUntilTheHandLeaves() {
        screen.palm.identify("cus-anna");
        waitUntil(() -> "Welcome, Anna".equals(screen.text("#customer-greeting")));
        robot.clickOn("#reject-identification");
        waitUntil(() -> !screen.isShown("#customer-card"));

        screen.palm.identify("cus-anna");
        settle();
        holds(() -> !screen.isShown("#customer-card") && !screen.isShown("#customer-loading"));
        assertThat(onFx(() -> screen.session.customerProperty().get())).isNull();

        screen.palm.emit(new CaptureEvent.NoHand());
        screen.palm.identify("cus-anna");
        waitUntil(() -> "Welcome, Anna".equals(screen.text("#customer-greeting")));
    }

    @Test
    void aGuestOrderGetsACustomerOnlyWhenTheCashierAddsThem() {
        String orderId = lemonade();
        int number = services.pos.orders().find(orderId).orElseThrow().number();

        screen.palm.identify("cus-anna");
        waitUntil(() -> screen.isShown("#second-customer"));
        assertThat(screen.text("#second-customer-text"))
                .isEqualTo("Anna recognised \u2014 order No. " + number + " has no customer yet");
        assertThat(services.pos.orders().find(orderId).orElseThrow().customerId()).isNull();
        assertThat(onFx(() -> screen.session.customerProperty().get())).isNull();

        robot.clickOn("#switch-customer");
        waitUntil(() -> "cus-anna".equals(services.pos.orders().find(orderId).orElseThrow().customerId()));
        waitUntil(() -> "Welcome, Anna".equals(screen.text("#customer-greeting")));
    }

    @Test
    void aRefusalGoesAwayByItself() {
        lemonade();
        robot.type(KeyCode.F8);
        waitUntil(() -> "Sent to the kitchen".equals(screen.text("#order-message")));
        robot.type(KeyCode.F8);
        waitUntil(() -> screen.text("#order-message").contains("has nothing new for the kitchen"));

        waitUntil(() -> screen.text("#order-message").isEmpty());
    }

    @Test
    void theNoReceiptKeyDoesNotTypeIntoTheMenuSearch() {
        lemonade();
        robot.type(KeyCode.F9);
        waitUntil(() -> screen.isShown("#payment"));
        robot.write("20");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.isShown("#payment-receipt"));

        robot.type(KeyCode.N);
        waitUntil(() -> !screen.isShown("#payment"));
        settle();

        assertThat(onFx(() -> robot.lookup("#menu-search").queryAs(TextField.class).getText())).isEmpty();
        lemonade();
    }

    @Test
    void thereIsNoPayWhileNothingIsDue() {
        lemonade();
        robot.type(KeyCode.F2);
        waitUntil(() -> screen.isShown("#discount"));
        robot.clickOn("#discount-order");
        robot.clickOn("#discount-value").write("100");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Discount applied".equals(screen.text("#order-message")));
        assertThat(screen.text("#order-total")).isEqualTo("$0.00");

        assertThat(onFx(() -> robot.lookup("#pay-button").queryAs(Button.class).isDisabled())).isTrue();
        robot.type(KeyCode.F9);
        settle();
        holds(() -> !screen.isShown("#payment"));
    }

    /** Lets reader events reach the FX thread. */
    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@code condition} stays true for a second (a background load it would have started has finished by then). */
    private static void holds(Callable<Boolean> condition) {
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(condition);
    }

    /** A lemonade on the order in hand, typed as a cashier does; the session's order id. */
    private String lemonade() {
        int before = screen.lines();
        robot.write("lemon");
        waitUntil(() -> screen.isShown("#menu-item-lemonade"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lines() == before + 1 && !screen.busy());
        return onFx(() -> screen.session.orderProperty().get().id());
    }
}
