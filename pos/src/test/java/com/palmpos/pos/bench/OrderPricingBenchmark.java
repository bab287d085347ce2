package com.palmpos.pos.bench;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.menu.TaxRate;
import com.palmpos.pos.menu.TaxTable;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Discount;
import com.palmpos.pos.order.LineModifier;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.order.OrderPricer;
import com.palmpos.pos.order.OrderTransitions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Adding a line to a 49-line order and re-pricing all 50 (two tax classes, line and order discounts, modifiers).
 * Target: well under 1 ms. Run: {@code mvn -B -o -pl pos -Pbench test-compile exec:exec -Dbench.args="OrderPricing -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OrderPricingBenchmark {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private OrderTransitions transitions;
    private Order order;
    private OrderLine extra;

    @Setup
    public void setUp() {
        // taxes like the demo menu's, built here so the benchmark needs only the pos classes
        TaxTable taxes = new TaxTable(Map.of(
                "prepared", List.of(new TaxRate("sales", "Sales", new BigDecimal("8.875"), false, EnumSet.allOf(ServiceMode.class))),
                "vat", List.of(new TaxRate("vat", "VAT", new BigDecimal("20"), true, EnumSet.allOf(ServiceMode.class)))));
        OrderPricer pricer = new OrderPricer(taxes);
        transitions = new OrderTransitions(pricer);
        order = Order.opening("o", USD).number(1).at("s", "t").mode(ServiceMode.DINE_IN).staff("c").openedAt(NOW)
                .build(pricer.price(List.of(), List.of(), ServiceMode.DINE_IN, USD));
        for (int i = 0; i < 49; i++) {
            order = transitions.addLine(order, line(i), NOW);
        }
        order = transitions.addOrderDiscount(order, Discount.amount("Goodwill", Money.parse("3.00", USD)), NOW);
        extra = line(49);
    }

    private static OrderLine line(int i) {
        Money price = Money.ofMinor(295 + 37L * i, USD);
        Money mod = Money.parse("0.60", USD);
        return new OrderLine("line-" + i, "item-" + i, false, "Item " + i, "cat-" + i % 6, null, 1 + i % 3, price,
                List.of(new LineModifier("milk", "oat-milk", "Oat milk", mod)), List.of(), "", i % 2 == 0 ? "prepared" : "vat",
                i % 5 == 0 ? Discount.percent("Staff", BigDecimal.TEN) : null, null);
    }

    @Benchmark
    public Order addLineAndRetotalFiftyLines() {
        return transitions.addLine(order, extra, NOW);
    }
}
