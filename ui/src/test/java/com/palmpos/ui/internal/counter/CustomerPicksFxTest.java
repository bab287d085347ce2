package com.palmpos.ui.internal.counter;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the counter offers a recognised customer (real services, scripted palm, customer display open): rewards they
 * cannot afford are not offered, a new customer is welcomed without favourites promised, and "Try today" never
 * repeats a favourite.
 */
class CustomerPicksFxTest extends CounterFxTestBase {

    @BeforeAll
    static void seedCustomers() {
        services.pos.customers().upsert(customer("cus-nina", "Nina New", "Nina"));
        services.pos.customers().upsert(customer("cus-rosa", "Rosa Regular", "Rosa"));
        List<Order> recent = new ArrayList<>();
        for (String item : List.of("lemonade", "lemonade", "chocolate-chip-cookie", "lemonade")) {
            recent.add(paid(item, "cus-rosa"));
        }
        // what the store sells besides: the popular items "Try today" may offer
        services.pos.menus().menu().items().stream()
                .filter(i -> !i.hasSizes() && i.modifierGroupIds().isEmpty())
                .filter(i -> !i.id().equals("lemonade") && !i.id().equals("chocolate-chip-cookie"))
                .limit(3).forEach(i -> IntStream.range(0, 3).forEach(n -> recent.add(paid(i.id(), null))));
        services.pos.insights().refreshStoreStats(recent);
    }

    private static Order paid(String itemId, String customerId) {
        Order order = services.pos.orders().open(ServiceMode.TAKEOUT, "", "staff");
        order = services.pos.orders().addItem(order.id(), new LineRequest(itemId, null, 1, Map.of(), ""));
        if (customerId != null) {
            order = services.pos.orders().attachCustomer(order.id(), customerId);
        }
        Money total = order.totals().total();
        services.pos.payments().payCash(order.id(), total, Money.zero(total.currency()));
        return services.pos.orders().find(order.id()).orElseThrow();
    }

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
    void rewardsTheCustomerCannotAffordAreNotOffered() {
        screen.palm.identify("cus-nina");
        waitUntil(() -> "Welcome, Nina".equals(screen.text("#customer-greeting")));
        robot.write("lemon");
        waitUntil(() -> screen.isShown("#menu-item-lemonade"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lines() == 1 && !screen.busy());

        robot.type(KeyCode.F3);
        waitUntil(() -> screen.isShown("#rewards"));

        List<Button> rewards = onFx(() -> robot.lookup(node -> node.getId() != null
                && node.getId().startsWith("reward-") && node instanceof Button).queryAllAs(Button.class)
                .stream().filter(b -> !"rewards-close".equals(b.getId())).toList());
        assertThat(rewards).isNotEmpty().allSatisfy(button -> {
            assertThat(button.isDisabled()).isTrue();
            assertThat(button.getText()).contains("more needed");
        });
        assertThat(screen.text("#rewards-customer")).isEqualTo("Rewards for Nina \u00b7 0 points");
    }

    @Test
    void aNewCustomerIsWelcomedAndNoFavouritesArePromised() {
        screen.palm.identify("cus-nina");
        waitUntil(() -> "Welcome, Nina".equals(screen.text("#customer-greeting")));

        waitUntil(() -> "Welcome, Nina!".equals(screen.text("#companion-headline")));
        assertThat(screen.text("#companion-hint")).isEqualTo("Next time, just show your palm.");
    }

    @Test
    void tryTodayNeverRepeatsAFavourite() {
        screen.palm.identify("cus-rosa");
        waitUntil(() -> "Welcome back, Rosa".equals(screen.text("#customer-greeting")));

        List<String> favourites = picks("favourite-");
        List<String> tryToday = picks("recommend-");
        assertThat(favourites).isNotEmpty();
        assertThat(tryToday).isNotEmpty().doesNotContainAnyElementsOf(favourites);
        waitUntil(() -> "Welcome back, Rosa!".equals(screen.text("#companion-headline")));
        assertThat(screen.text("#companion-hint")).isEqualTo("Your favourites are ready at the counter.");
    }

    /** The labels of the shown pick buttons {@code prefix}0, 1, 2. */
    private List<String> picks(String prefix) {
        return IntStream.range(0, 3).mapToObj(i -> "#" + prefix + i)
                .filter(screen::isShown)
                .map(query -> onFx(() -> ((Button) robot.lookup(query).query()).getText()))
                .toList();
    }
}
