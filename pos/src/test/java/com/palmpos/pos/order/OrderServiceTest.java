package com.palmpos.pos.order;

import static com.palmpos.pos.Terminal.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.palmpos.pos.Terminal;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.internal.Json;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.outbox.OutboxEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderServiceTest {
    @TempDir
    Path dir;
    Terminal t;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Order orderWithSoupAndLatte() {
        Order o = t.orders.open(ServiceMode.DINE_IN, "Sam", "cashier-1");
        t.orders.addItem(o.id(), new LineRequest("tomato-basil-soup", "bowl", 1,
                Map.of("soup-side", List.of("side-chips")), "no cream"));
        return t.orders.addItem(o.id(), new LineRequest("latte", "large", 2,
                Map.of("milk", List.of("oat-milk")), ""));
    }

    @Test
    void recentOrdersListEveryStateNewestFirstAndRefuseABadLimit() {
        Order first = t.orders.open(ServiceMode.DINE_IN, "", "cashier-1");
        t.clock.advance(java.time.Duration.ofMinutes(1));
        Order second = orderWithSoupAndLatte();
        t.orders.voidOrder(first.id(), "test");

        assertThat(t.orders.recent(10)).extracting(Order::id).containsExactly(second.id(), first.id());
        assertThat(t.orders.recent(1)).extracting(Order::id).containsExactly(second.id());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.orders.recent(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..1000");
    }

    @Test
    void openOrdersOfADayAreThisTerminalsUnpaidOnesNewestFirst() {
        Order yesterday = t.orders.open(ServiceMode.DINE_IN, "", "cashier-1");
        t.clock.advance(java.time.Duration.ofDays(1));
        java.time.LocalDate today = java.time.LocalDate.ofInstant(t.clock.instant(), t.settings.zone());
        Order anonymous = t.orders.open(ServiceMode.DINE_IN, "", "cashier-1");
        t.clock.advance(java.time.Duration.ofMinutes(1));
        Order anna = t.orders.attachCustomer(orderWithSoupAndLatte().id(), "cus-anna");
        t.orders.sendToKitchen(anna.id());
        t.clock.advance(java.time.Duration.ofMinutes(1));
        Order voided = t.orders.open(ServiceMode.DINE_IN, "", "cashier-1");
        t.orders.voidOrder(voided.id(), "test");

        assertThat(t.orders.openOrders(today)).extracting(Order::id).containsExactly(anna.id(), anonymous.id());
        assertThat(t.orders.openOrders(today.minusDays(1))).extracting(Order::id).containsExactly(yesterday.id());
        assertThat(t.orders.openOrders(today.plusDays(1))).isEmpty();
        assertThatThrownBy(() -> t.orders.openOrders(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("day");
    }

    @Test
    void twoScreensChangingOneOrderAtOnceLoseNeitherChange() throws Exception {
        Order o = t.orders.open(ServiceMode.DINE_IN, "", "cashier-1");
        int rounds = 20;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> cashier = pool.submit(() -> {
                for (int i = 0; i < rounds; i++) {
                    t.orders.addItem(o.id(), new LineRequest("lemonade", null, 1, Map.of(), ""));
                }
            });
            java.util.concurrent.Future<?> customerPanel = pool.submit(() -> {
                for (int i = 0; i < rounds; i++) {
                    t.orders.attachCustomer(o.id(), i % 2 == 0 ? "cus-anna" : null);
                }
            });
            cashier.get();
            customerPanel.get();
        } finally {
            pool.shutdownNow();
        }
        Order stored = t.orders.find(o.id()).orElseThrow();
        assertThat(stored.lines().stream().mapToInt(OrderLine::quantity).sum()).isEqualTo(rounds);
        assertThat(stored.customerId()).isNull();
    }

    @Test
    void pricesLinesWithModifiersAndAddsSalesTaxPerLine() {
        Order o = orderWithSoupAndLatte();
        // soup 6.95 + chips 0.50 = 7.45; latte (4.95 + 0.60) x 2 = 11.10
        assertThat(o.totals().subtotal()).isEqualTo(usd("18.55"));
        // 8.875% half-up per line: 0.66 + 0.99
        assertThat(o.totals().exclusiveTax()).isEqualTo(usd("1.65"));
        assertThat(o.totals().total()).isEqualTo(usd("20.20"));
    }

    @Test
    void numbersOrdersPerTerminalAndDay() {
        int first = t.orders.open(ServiceMode.TAKEOUT, "", "c").number();
        int second = t.orders.open(ServiceMode.TAKEOUT, "", "c").number();
        t.clock.advance(java.time.Duration.ofDays(1));
        assertThat(List.of(first, second, t.orders.open(ServiceMode.TAKEOUT, "", "c").number())).containsExactly(1, 2, 1);
    }

    @Test
    void doesNotTaxTakeoutBakeryItems() {
        Order o = t.orders.open(ServiceMode.TAKEOUT, "", "c");
        o = t.orders.addItem(o.id(), LineRequest.of("blueberry-muffin", null));
        assertThat(o.totals().exclusiveTax().isZero()).isTrue();
        assertThat(o.totals().total()).isEqualTo(usd("3.15"));
    }

    @Test
    void refusesAnItemThatIs86d() {
        t.menus.markUnavailable("croissant", "manager");
        Order o = t.orders.open(ServiceMode.TAKEOUT, "", "c");
        assertThatThrownBy(() -> t.orders.addItem(o.id(), LineRequest.of("croissant", null)))
                .isInstanceOf(ItemUnavailableException.class).hasMessageContaining("Butter croissant is 86'd");
    }

    @Test
    void enforcesRequiredModifierGroups() {
        Order o = t.orders.open(ServiceMode.TAKEOUT, "", "c");
        assertThatThrownBy(() -> t.orders.addItem(o.id(), LineRequest.of("caprese", "half")))
                .hasMessageContaining("Caprese: choose 1 Bread (0 chosen)");
    }

    @Test
    void pricesAMealDealAtItsPricePlusModifierUpcharges() {
        Order o = t.orders.open(ServiceMode.DINE_IN, "", "c");
        o = t.orders.addCombo(o.id(), new ComboRequest("you-pick-two", 1, Map.of(
                "first", LineRequest.of("lentil-soup", "cup"),
                "second", new LineRequest("caprese", "half", 1, Map.of("bread", List.of("gluten-free-bread")), "")), ""));
        OrderLine line = o.lines().get(0);
        assertThat(line.gross()).isEqualTo(usd("12.99"));
        assertThat(line.components()).containsExactly("Spiced lentil soup (Cup)", "Caprese (Half)");
    }

    @Test
    void allocatesAnOrderDiscountAcrossLinesWithoutLosingACent() {
        Order o = orderWithSoupAndLatte();
        o = t.orders.discountOrder(o.id(), Discount.amount("Goodwill", usd("1.00")));
        assertThat(o.totals().discounts()).isEqualTo(usd("1.00"));
        assertThat(o.totals().lines()).extracting(l -> l.discount().minor()).containsExactly(40L, 60L);
    }

    @Test
    void everyChangeAppendsAnOrderUploadInTheSameTransaction() throws Exception {
        Order o = orderWithSoupAndLatte();
        List<OutboxEntry> entries = t.outboxEntries();
        assertThat(entries).extracting(e -> e.message().kind())
                .containsExactly("order.opened", "order.line_added", "order.line_added");
        JsonNode last = Json.mapper().readTree(entries.get(2).message().payloadJson());
        assertThat(last.get("schema").asText()).isEqualTo("palmpos.order.v1");
        assertThat(last.get("orderId").asText()).isEqualTo(o.id());
        assertThat(last.get("storeId").asText()).isEqualTo("store-main");
        assertThat(last.get("totals").get("totalMinor").asLong()).isEqualTo(2020);
        assertThat(last.get("lines").get(1).get("modifiers").get(0).get("optionId").asText()).isEqualTo("oat-milk");
        assertThat(last.get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void aFailedChangeLeavesNeitherOrderNorOutboxRow() {
        Order o = t.orders.open(ServiceMode.DINE_IN, "", "c");
        int before = t.outboxEntries().size();
        assertThatThrownBy(() -> t.orders.complete(o.id())).isInstanceOf(IllegalOrderStateException.class);
        assertThat(t.outboxEntries()).hasSize(before);
        assertThat(t.orders.find(o.id()).orElseThrow().revision()).isEqualTo(o.revision());
    }

    @Test
    void readsBackTheOrderExactlyAsSaved() {
        Order o = orderWithSoupAndLatte();
        assertThat(t.orders.find(o.id())).contains(o);
    }

    @Test
    void sendsOnlyNewLinesToTheKitchen() {
        Order o = orderWithSoupAndLatte();
        o = t.orders.sendToKitchen(o.id());
        assertThat(o.status()).isEqualTo(OrderStatus.SENT);
        t.clock.advance(java.time.Duration.ofMinutes(2));
        o = t.orders.addItem(o.id(), LineRequest.of("croissant", null));
        assertThat(o.unsentLines()).extracting(OrderLine::itemId).containsExactly("croissant");
        assertThat(t.orders.sendToKitchen(o.id()).unsentLines()).isEmpty();
    }

    @Test
    void refusesToRemoveALineTheKitchenHas() {
        Order o = t.orders.sendToKitchen(orderWithSoupAndLatte().id());
        String lineId = o.lines().get(0).lineId();
        assertThatThrownBy(() -> t.orders.removeLine(o.id(), lineId)).hasMessageContaining("already sent to the kitchen");
    }

    @Test
    void voidsAnOpenOrderWithItsReason() {
        Order o = orderWithSoupAndLatte();
        assertThat(t.orders.voidOrder(o.id(), "customer left").status()).isEqualTo(OrderStatus.VOIDED);
        assertThatThrownBy(() -> t.orders.voidOrder(o.id(), " ")).hasMessageContaining("needs a reason");
    }

    @Test
    void appliesAPercentageLineDiscountRoundedHalfUp() {
        Order o = orderWithSoupAndLatte();
        o = t.orders.discountLine(o.id(), o.lines().get(0).lineId(), Discount.percent("Staff", new BigDecimal("15")));
        // 15% of 7.45 = 1.1175 -> 1.12
        assertThat(o.totals().lines().get(0).discount()).isEqualTo(usd("1.12"));
    }

    @Test
    void keepsACustomersHistory() {
        Order o = orderWithSoupAndLatte();
        t.orders.attachCustomer(o.id(), "cust-1");
        assertThat(t.customers.orderHistory("cust-1", 10)).extracting(Order::id).containsExactly(o.id());
    }

    @Test
    void repricesTaxesWhenAnOrderSwitchesToTakeout() {
        Order o = t.orders.open(ServiceMode.DINE_IN, "", "c");
        o = t.orders.addItem(o.id(), LineRequest.of("croissant", null));
        assertThat(o.totals().total()).isEqualTo(usd("3.54"));
        assertThat(t.orders.changeMode(o.id(), ServiceMode.TAKEOUT).totals().total()).isEqualTo(usd("3.25"));
    }

    @Test
    void changesTheQuantityOfAnUnsentLine() {
        Order o = t.orders.open(ServiceMode.TAKEOUT, "", "c");
        o = t.orders.addItem(o.id(), LineRequest.of("croissant", null));
        o = t.orders.changeQuantity(o.id(), o.lines().get(0).lineId(), 3);
        assertThat(o.totals().subtotal()).isEqualTo(usd("9.75"));
        String lineId = o.lines().get(0).lineId();
        String id = o.id();
        assertThatThrownBy(() -> t.orders.changeQuantity(id, lineId, 0)).hasMessageContaining("quantity must be 1..999");
    }

    @Test
    void refusesToOverwriteAnOrderChangedElsewhere() {
        Order stale = orderWithSoupAndLatte();
        t.orders.sendToKitchen(stale.id());
        Order staleEdit = new OrderTransitions(new OrderPricer(Terminal.DEMO.taxes())).voidOrder(stale, "oops", t.clock.instant());
        assertThatThrownBy(() -> t.db.inTransaction(c -> {
            new com.palmpos.pos.order.internal.OrderRepository().update(c, staleEdit);
            return null;
        })).isInstanceOf(java.util.ConcurrentModificationException.class).hasMessageContaining("reload it and try again");
    }

    @Test
    void everyCommittedChangeTellsTheOutboxListenersAfterItsCommit() {
        // the sync worker is woken this way; each call must find the new message already committed
        java.util.List<Long> pendingSeen = new java.util.ArrayList<>();
        t.outbox.addCommitListener(() -> pendingSeen.add(t.outbox.stats().pending()));
        Order o = t.orders.open(ServiceMode.DINE_IN, "", "cashier-1");
        t.orders.addItem(o.id(), LineRequest.of("blueberry-muffin", null));

        assertThat(pendingSeen).containsExactly(1L, 2L);
    }

    @Test
    void aFailingCommitListenerDoesNotFailTheChangeOrSilenceTheOthers() {
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        t.outbox.addCommitListener(() -> {
            throw new IllegalStateException("listener broke");
        });
        t.outbox.addCommitListener(told::incrementAndGet);

        Order o = t.orders.open(ServiceMode.DINE_IN, "", "cashier-1");

        assertThat(t.orders.recent(1)).extracting(Order::id).containsExactly(o.id());
        assertThat(told.get()).isEqualTo(1);
    }
}
