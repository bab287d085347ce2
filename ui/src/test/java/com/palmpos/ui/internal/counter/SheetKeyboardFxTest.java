package com.palmpos.ui.internal.counter;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.order.LineModifier;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.Redemption;
import com.palmpos.ui.testing.Customers;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Every sheet worked with key presses only: arrows, digits, Space, Enter, Esc; and its buttons big enough to tap. */
class SheetKeyboardFxTest extends CounterFxTestBase {

    @Test
    void itemChoicesArePickedWithArrowsAndDigitsAndEscapeCancels() {
        add("turkey");
        waitUntil(() -> screen.isShown("#item-choice"));
        assertThat(screen.focused()).isEqualTo("size-half");
        assertThat(screen.text("#size-half")).startsWith("Half");
        assertThat(onFx(() -> ((ButtonBase) robot.lookup("#size-half").query()).getGraphic() != null)).isTrue();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !screen.isShown("#item-choice"));
        assertThat(screen.lines()).isZero();

        add("turkey");
        waitUntil(() -> screen.isShown("#item-choice"));
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN);
        assertThat(screen.focused()).isEqualTo("option-bread-sourdough");
        robot.type(KeyCode.DIGIT2);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lines() == 1 && !screen.busy());
        assertThat(screen.stored(services).lines()).singleElement().satisfies(line -> {
            assertThat(line.sizeName()).isEqualTo("Whole");
            assertThat(line.modifiers()).extracting(LineModifier::optionId).containsExactly("whole-grain");
        });
    }

    @Test
    void discountRowsAreChosenWithArrowsAndSpaceAndTheValueTyped() {
        add("cookie");
        waitUntil(() -> screen.lines() == 1 && !screen.busy());
        robot.type(KeyCode.F2);
        waitUntil(() -> screen.isShown("#discount"));
        assertThat(screen.focused()).isEqualTo("discount-value");
        robot.type(KeyCode.UP);
        assertThat(screen.focused()).isEqualTo("discount-percent");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN);
        robot.write("1.00");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Discount applied".equals(screen.text("#order-message")));
        assertThat(screen.stored(services).totals().discounts().toPlainString()).isEqualTo("1.00");
    }

    @Test
    void aRewardIsRedeemedByItsDigit() {
        services.pos.customers().upsert(Customers.withCard("cust-keys", 800));
        onFx(() -> {
            screen.session.customerProperty().set(Customers.withCard("cust-keys", 800));
            return null;
        });
        add("cookie");
        waitUntil(() -> screen.lines() == 1 && !screen.busy());
        List<String> rewards = services.pos.loyalty().rewards().stream().map(r -> r.id()).toList();
        robot.type(KeyCode.F3);
        waitUntil(() -> screen.isShown("#rewards"));
        assertThat(screen.focused()).isEqualTo("reward-" + rewards.get(0));
        robot.type(KeyCode.getKeyCode(String.valueOf(rewards.indexOf("free-pastry") + 1)));
        waitUntil(() -> "Redeemed Free pastry".equals(screen.text("#order-message")));
        assertThat(screen.stored(services).redemptions()).extracting(Redemption::rewardId)
                .containsExactly("free-pastry");
    }

    @Test
    void quickCashIsReachedWithDownAndPaidWithEnter() {
        add("cookie");
        waitUntil(() -> screen.lines() == 1 && !screen.busy());
        robot.type(KeyCode.F9);
        waitUntil(() -> screen.isShown("#payment"));
        assertThat(screen.focused()).isEqualTo("cash-given");
        robot.type(KeyCode.DOWN);
        assertThat(screen.focused()).isEqualTo("quick-cash-0");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.isShown("#payment-receipt"));
        robot.type(KeyCode.N);
        waitUntil(() -> !screen.isShown("#payment"));
        assertThat(services.pos.orders().recent(1).get(0).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void everyOptionOfTheMealDealSheetIsAtLeast44PixelsTall() {
        robot.clickOn("#category-meal-deals");
        robot.clickOn("#menu-item-you-pick-two");
        waitUntil(() -> screen.isShown("#meal-deal"));
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> screen.isShown("#first-size-cup"));

        List<Double> heights = onFx(() -> robot.lookup("#meal-deal").queryAll().stream()
                .flatMap(sheet -> java.util.stream.Stream.concat(sheet.lookupAll(".button").stream(),
                        sheet.lookupAll(".toggle-button").stream()))
                .filter(node -> node instanceof ButtonBase)
                .filter(Node::isVisible).map(node -> node.getLayoutBounds().getHeight()).toList());
        assertThat(heights).hasSizeGreaterThan(10).allSatisfy(height -> assertThat(height).isGreaterThanOrEqualTo(44));
    }

    /** Types a search and Enter: the first match is chosen. */
    private void add(String search) {
        robot.write(search);
        waitUntil(() -> !onFx(() -> screen.counter.menu().tiles().isEmpty()));
        robot.type(KeyCode.ENTER);
    }
}
