package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.session.OrderLineRow;
import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.order.LineModifier;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Meal deals on the real counter screen (headless) over the real services: chosen, shown as one line, in H2. */
class MealDealFxTest extends CounterFxTestBase {

    @Test
    void cashierOrdersAMealDealWithAChoicePerSlotAndSendsItToTheKitchen() {
        robot.clickOn("#category-meal-deals");
        assertThat(screen.text("#menu-item-you-pick-two")).contains("You pick two", "$11.99");
        robot.clickOn("#menu-item-you-pick-two");
        waitUntil(() -> screen.isShown("#meal-deal"));
        robot.clickOn("#deal-add");
        assertThat(screen.text("#deal-problem")).isEqualTo("Still to choose: Soup or salad, Half sandwich");

        screen.tap("#deal-first-tomato-basil-soup");
        waitUntil(() -> screen.isShown("#first-size-bowl"));
        screen.tap("#first-size-bowl");
        screen.tap("#first-option-soup-side-side-apple");
        screen.tap("#deal-second-turkey-avocado");
        waitUntil(() -> screen.isShown("#second-option-bread-sourdough"));
        robot.clickOn("#deal-add");
        assertThat(screen.text("#deal-problem")).isEqualTo("Still to choose: Turkey avocado: Bread");
        screen.tap("#second-option-bread-sourdough");
        robot.clickOn("#deal-add");
        waitUntil(() -> screen.lines() == 1 && !screen.busy());

        assertThat(screen.isShown("#meal-deal")).isFalse();
        OrderLineRow row = onFx(() -> screen.counter.order().rows().get(0));
        assertThat(row.title()).isEqualTo("You pick two");
        assertThat(row.details()).startsWith("Tomato basil soup (Bowl) \u00b7 Turkey avocado (Half)")
                .contains("Apple", "Sourdough");
        robot.type(KeyCode.F8);
        waitUntil(() -> "Sent to the kitchen".equals(screen.text("#order-message")));

        Order order = screen.stored(services);
        assertThat(order.status()).isEqualTo(OrderStatus.SENT);
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.combo()).isTrue();
            assertThat(line.itemId()).isEqualTo("you-pick-two");
            assertThat(line.components()).containsExactly("Tomato basil soup (Bowl)", "Turkey avocado (Half)");
            assertThat(line.modifiers()).extracting(LineModifier::optionId).containsExactly("side-apple", "sourdough");
            assertThat(line.unitPrice().toPlainString()).isEqualTo("11.99");
            assertThat(line.sent()).isTrue();
        });
        assertThat(screen.text("#order-total")).isEqualTo("$" + order.totals().total().toPlainString());
    }

    @Test
    void aMealDealIsFoundBySearchAndAddedWithKeysOnly() {
        robot.write("pastry");
        waitUntil(() -> screen.isShown("#menu-item-coffee-and-pastry"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.isShown("#meal-deal"));
        assertThat(screen.focused()).isEqualTo("deal-coffee-drip-coffee");

        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> screen.isShown("#coffee-size-small"));
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN, 3);
        assertThat(screen.focused()).startsWith("deal-pastry-");
        robot.type(KeyCode.DIGIT3);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lines() == 1 && !screen.busy());

        assertThat(screen.stored(services).lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Coffee and pastry");
            assertThat(line.components()).containsExactly("Latte (Large)", "Cinnamon roll");
        });
    }
}
