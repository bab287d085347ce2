package com.palmpos.pos.customer;

import static com.palmpos.pos.Terminal.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.insight.Favourite;
import com.palmpos.pos.insight.Insight;
import com.palmpos.pos.insight.InsightEngine;
import com.palmpos.pos.insight.InsightParameters;
import com.palmpos.pos.insight.Recommendation;
import com.palmpos.pos.menu.Allergen;
import com.palmpos.pos.menu.DietaryTag;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Insight from real stored orders: the engine sees the customer's history, the live menu and their allergens. */
class CustomerInsightsTest {
    @TempDir
    Path dir;
    Terminal t;
    CustomerInsights insights;
    final List<Order> storeOrders = new ArrayList<>();

    @BeforeEach
    void open() {
        t = new Terminal(dir);
        insights = new CustomerInsights(t.customers, t.menus, new InsightEngine(InsightParameters.DEFAULTS), t.clock);
        t.customers.upsert(new CustomerProfile("cust-9", "Noor Haddad", "Noor", "L-9", Set.of(DietaryTag.VEGETARIAN),
                Set.of(Allergen.TREE_NUTS), null, 0, Instant.parse("2026-11-01T00:00:00Z"), 1,
                Instant.parse("2026-11-01T00:00:00Z")));
        for (int visit = 0; visit < 5; visit++) {
            storeOrders.add(paidOrder("cust-9", new LineRequest("tomato-basil-soup", "cup", 1, Map.of(), ""),
                    new LineRequest("latte", "large", 1, Map.of(), "")));
            t.clock.advance(Duration.ofDays(1));
        }
        for (int visit = 0; visit < 4; visit++) {
            storeOrders.add(paidOrder(null, new LineRequest("lentil-soup", "cup", 1, Map.of(), "")));
        }
        insights.refreshStoreStats(storeOrders);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Order paidOrder(String customerId, LineRequest... lines) {
        Order order = t.orders.open(ServiceMode.TAKEOUT, "", "cashier-1");
        for (LineRequest line : lines) {
            order = t.orders.addItem(order.id(), line);
        }
        if (customerId != null) {
            t.orders.attachCustomer(order.id(), customerId);
        }
        return t.payments.payCash(order.id(), usd("50.00"), usd("0")).order();
    }

    @Test
    void favouritesComeFromTheCustomersStoredOrders() {
        Insight insight = insights.forCustomer("cust-9", Set.of());
        assertThat(insight.favourites()).extracting(f -> f.item().id())
                .contains("tomato-basil-soup", "latte");
        assertThat(insight.favourites()).allSatisfy(f -> assertThat(f.timesOrdered()).isEqualTo(5));
    }

    @Test
    void neverRecommendsWhatTheCustomerIsAllergicToOrWhatIsInTheCart() {
        Insight insight = insights.forCustomer("cust-9", Set.of("tomato-basil-soup"));
        assertThat(insight.recommendations()).isNotEmpty();
        for (Recommendation r : insight.recommendations()) {
            assertThat(t.menus.menu().item(r.item().id()).orElseThrow().allergens()).doesNotContain(Allergen.TREE_NUTS);
            assertThat(r.item().id()).isNotEqualTo("tomato-basil-soup");
            assertThat(r.reason().text()).isNotBlank();
        }
    }

    @Test
    void anItem86dIsNeitherAFavouriteNorARecommendation() {
        t.menus.markUnavailable("latte", "manager");
        Insight insight = insights.forCustomer("cust-9", Set.of());
        assertThat(insight.favourites()).extracting(Favourite::item).noneMatch(i -> i.id().equals("latte"));
        assertThat(insight.recommendations()).noneMatch(r -> r.item().id().equals("latte"));
    }

    @Test
    void aVoidedOrderAndAForgottenCustomerLeaveNoPurchaseHistory() {
        assertThat(t.customers.purchaseHistory("cust-9", 100)).hasSize(5);
        Order open = t.orders.open(ServiceMode.TAKEOUT, "", "cashier-1");
        t.orders.addItem(open.id(), new LineRequest("lentil-soup", "cup", 1, Map.of(), ""));
        t.orders.attachCustomer(open.id(), "cust-9");
        t.orders.voidOrder(open.id(), "customer left");
        assertThat(t.customers.purchaseHistory("cust-9", 100)).hasSize(5);

        t.customers.delete("cust-9");
        assertThat(t.customers.purchaseHistory("cust-9", 100)).isEmpty();
    }

    @Test
    void historyIsNewestFirstAndLimited() {
        assertThat(t.customers.purchaseHistory("cust-9", 3)).hasSize(3)
                .isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
    }

    @Test
    void aCustomerWithNoHistoryGetsTheStoresBestSellers() {
        Insight insight = insights.forCustomer("nobody-yet", Set.of());
        assertThat(insight.favourites()).isEmpty();
        assertThat(insight.recommendations()).extracting(r -> r.item().id())
                .containsAnyOf("lentil-soup", "tomato-basil-soup", "latte");
    }
}
