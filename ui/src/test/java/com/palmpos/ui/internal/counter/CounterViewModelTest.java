package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.session.CounterSession;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.Customers;
import com.palmpos.ui.testing.DeferredTaskRunner;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ordering journey through the view models and the real services, without an FX thread. */
class CounterViewModelTest {

    @TempDir
    static Path dir;
    private static TestCounter counter;

    private final CounterSession session = new CounterSession(counter.servicesWith(new ScriptedPalmReader()),
            new ImmediateTaskRunner(), Messages.forLocale(Locale.ENGLISH));
    private final CounterViewModel model = new CounterViewModel(session);

    @BeforeAll
    static void services() {
        counter = new TestCounter(dir);
    }

    @AfterAll
    static void close() {
        counter.close();
    }

    @Test
    void firstItemOpensTheOrderAndShowsItOnTheCustomerDisplay() {
        choose("chocolate-chip-cookie");

        Order order = session.orderProperty().get();
        assertThat(order.lines()).extracting(l -> l.name()).containsExactly("Chocolate chip cookie");
        assertThat(stored(order).lines()).hasSize(1);
        assertThat(model.order().totalProperty().get()).isEqualTo("$2.67");
        assertThat(session.companionPageProperty().get()).isInstanceOf(CompanionPage.Cart.class);
        assertThat(model.sheetProperty().get()).isNull();
    }

    @Test
    void itemWithChoicesOpensTheSheetAndAddsWhenComplete() {
        choose("turkey-avocado");
        Sheet.ItemChoice sheet = (Sheet.ItemChoice) model.sheetProperty().get();
        model.confirmChoice();
        assertThat(session.orderProperty().get()).isNull();

        var bread = sheet.model().groups().get(0);
        sheet.model().toggle(bread, bread.option("sourdough").orElseThrow());
        model.confirmChoice();

        assertThat(model.sheetProperty().get()).isNull();
        assertThat(session.orderProperty().get().lines().get(0).modifiers()).extracting(m -> m.name())
                .containsExactly("Sourdough");
    }

    @Test
    void plusMinusAndRemoveActOnTheSelectedLine() {
        choose("lemonade");
        choose("chocolate-chip-cookie");

        model.order().incrementSelected();
        assertThat(session.orderProperty().get().lines().get(1).quantity()).isEqualTo(2);
        model.order().moveSelection(-1);
        model.order().removeSelected();

        Order order = stored(session.orderProperty().get());
        assertThat(order.lines()).extracting(l -> l.name() + " x" + l.quantity())
                .containsExactly("Chocolate chip cookie x2");
        assertThat(model.order().editor().messageProperty().get()).isEqualTo("Line removed");
    }

    @Test
    void minusOnASingleUnitRemovesTheLine() {
        choose("lemonade");

        model.order().decrementSelected();

        assertThat(session.orderProperty().get().lines()).isEmpty();
        assertThat(model.order().rows()).isEmpty();
    }

    @Test
    void orderDiscountInPercentLowersTheTotal() {
        choose("lemonade");
        model.openDiscount();
        DiscountViewModel discount = ((Sheet.DiscountEntry) model.sheetProperty().get()).model();
        discount.wholeOrderProperty().set(true);
        discount.valueProperty().set("abc");
        model.confirmDiscount();
        assertThat(discount.problemProperty().get()).isEqualTo("Enter a percentage between 0 and 100");

        discount.valueProperty().set("10");
        model.confirmDiscount();

        Order order = stored(session.orderProperty().get());
        assertThat(order.totals().discounts().toPlainString()).isEqualTo("0.37");
        assertThat(model.order().discountsProperty().get()).isEqualTo("-$0.37");
    }

    @Test
    void sendToKitchenMarksLinesSentAndPrintsTheTicket() throws Exception {
        choose("lemonade");

        model.order().editor().sendToKitchen();

        Order order = stored(session.orderProperty().get());
        assertThat(order.status()).isEqualTo(OrderStatus.SENT);
        try (Stream<Path> files = Files.list(counter.receipts)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith("kitchen-" + order.number() + ".txt")))
                    .singleElement().satisfies(f -> assertThat(Files.readString(f)).contains("1 x Strawberry lemonade"));
        }
        assertThat(model.order().editor().messageProperty().get()).isEqualTo("Sent to the kitchen");
    }

    @Test
    void sentLineCannotChangeAndTheCashierIsTold() {
        choose("lemonade");
        model.order().editor().sendToKitchen();

        model.order().incrementSelected();

        assertThat(model.order().editor().messageIsErrorProperty().get()).isTrue();
        assertThat(model.order().editor().messageProperty().get()).contains("already sent to the kitchen");
    }

    @Test
    void takeoutModeIsKeptForTheNextOrderAndRepricesAnOpenOne() {
        model.order().editor().toggleMode();
        choose("chocolate-chip-cookie");
        assertThat(session.orderProperty().get().mode()).isEqualTo(ServiceMode.TAKEOUT);
        // bakery items are taxed only when eaten in
        assertThat(model.order().totalProperty().get()).isEqualTo("$2.45");

        model.order().editor().toggleMode();

        assertThat(stored(session.orderProperty().get()).mode()).isEqualTo(ServiceMode.DINE_IN);
        assertThat(model.order().totalProperty().get()).isEqualTo("$2.67");
        assertThat(model.order().modeTextProperty().get()).isEqualTo("Dine in");
    }

    @Test
    void rewardNeedsACustomer() {
        choose("chocolate-chip-cookie");

        model.order().editor().redeem("free-pastry", "Free pastry");

        assertThat(model.order().editor().messageProperty().get())
                .isEqualTo("Rewards need a customer: scan their palm or look them up first");
    }

    @Test
    void rewardMakesTheBestEligibleItemFreeForTheIdentifiedCustomer() {
        counter.pos.customers().upsert(Customers.withCard("cust-reward", 800));
        session.customerProperty().set(Customers.withCard("cust-reward", 800));
        choose("chocolate-chip-cookie");
        assertThat(stored(session.orderProperty().get()).customerId()).isEqualTo("cust-reward");

        model.redeem("free-pastry", "Free pastry");

        Order order = stored(session.orderProperty().get());
        assertThat(order.redemptions()).extracting(r -> r.rewardId()).containsExactly("free-pastry");
        assertThat(order.totals().total().isZero()).isTrue();
    }

    @Test
    void soldOutItemIsRefusedWithAReasonAndTheOpenedOrderIsKept() {
        counter.pos.menus().markUnavailable("sparkling-water", "staff-test");
        try {
            model.order().editor().add(com.palmpos.pos.order.LineRequest.of("sparkling-water", null), "Sparkling water");

            assertThat(model.order().editor().messageIsErrorProperty().get()).isTrue();
            assertThat(model.order().editor().messageProperty().get()).contains("86'd");
            Order kept = session.orderProperty().get();
            assertThat(stored(kept).lines()).isEmpty();
            choose("lemonade");
            assertThat(session.orderProperty().get().id()).isEqualTo(kept.id());
        } finally {
            counter.pos.menus().markAvailable("sparkling-water");
        }
    }

    @Test
    void busyEditorRefusesASecondChangeUntilTheFirstLands() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        CounterSession slow = new CounterSession(counter.services, tasks, Messages.forLocale(Locale.ENGLISH));
        CounterViewModel slowModel = new CounterViewModel(slow);

        slowModel.choose(slow.services().menus().menu().item("lemonade").orElseThrow());
        slowModel.choose(slow.services().menus().menu().item("lemonade").orElseThrow());

        assertThat(slowModel.order().editor().busyProperty().get()).isTrue();
        assertThat(slowModel.order().editor().messageProperty().get()).isEqualTo("Working\u2026");
        tasks.finishAll();
        assertThat(slow.orderProperty().get().lines()).hasSize(1);
        assertThat(slowModel.order().editor().busyProperty().get()).isFalse();
    }

    private void choose(String itemId) {
        model.choose(session.services().menus().menu().item(itemId).orElseThrow());
    }

    private static Order stored(Order order) {
        return counter.pos.orders().find(order.id()).orElseThrow();
    }
}
