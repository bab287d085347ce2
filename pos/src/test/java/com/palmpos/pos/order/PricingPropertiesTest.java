package com.palmpos.pos.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.menu.TaxRate;
import com.palmpos.pos.menu.TaxTable;
import com.palmpos.pos.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the lines, discounts and taxes, pricing and refunds never lose or create a cent. */
class PricingPropertiesTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final TaxTable TAXES = new TaxTable(Map.of(
            "food", List.of(new TaxRate("state", "State", new BigDecimal("4"), false, EnumSet.allOf(ServiceMode.class)),
                    new TaxRate("city", "City", new BigDecimal("4.875"), false, EnumSet.allOf(ServiceMode.class))),
            "vat", List.of(new TaxRate("vat", "VAT", new BigDecimal("20"), true, EnumSet.allOf(ServiceMode.class)),
                    new TaxRate("levy", "Levy", new BigDecimal("2.5"), true, EnumSet.allOf(ServiceMode.class))),
            "none", List.of()));
    private static final OrderPricer PRICER = new OrderPricer(TAXES);

    @Provide
    Arbitrary<List<OrderLine>> lines() {
        Arbitrary<OrderLine> line = Combinators.combine(
                Arbitraries.longs().between(0, 50_000), Arbitraries.integers().between(1, 12),
                Arbitraries.of("food", "vat", "none"), Arbitraries.integers().between(0, 100),
                Arbitraries.longs().between(1, 5_000)).as((cents, qty, taxClass, pct, off) -> new OrderLine(
                UUID.randomUUID().toString(), "item", false, "Item", "cat", null, qty, Money.ofMinor(cents, USD), List.of(),
                List.of(), "", taxClass, pct == 0 ? null : pct % 2 == 0 ? Discount.percent("p", BigDecimal.valueOf(pct))
                        : Discount.amount("a", Money.ofMinor(off, USD)), null));
        return line.list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Discount>> orderDiscounts() {
        Arbitrary<Discount> d = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 100).map(p -> Discount.percent("p", BigDecimal.valueOf(p))),
                Arbitraries.longs().between(1, 100_000).map(c -> Discount.amount("a", Money.ofMinor(c, USD))));
        return d.list().ofMaxSize(3);
    }

    @Property(tries = 300)
    void totalsAreTheSumOfTheirParts(@ForAll("lines") List<OrderLine> lines, @ForAll("orderDiscounts") List<Discount> discounts) {
        OrderTotals t = PRICER.price(lines, discounts, ServiceMode.DINE_IN, USD);
        assertThat(t.subtotal().minus(t.discounts()).plus(t.exclusiveTax())).isEqualTo(t.total());
        assertThat(Money.sum(t.lines().stream().map(LineAmounts::total).toList(), USD)).isEqualTo(t.total());
        assertThat(Money.sum(t.lines().stream().map(LineAmounts::discount).toList(), USD)).isEqualTo(t.discounts());
        assertThat(Money.sum(t.taxByRate().values(), USD)).isEqualTo(t.exclusiveTax().plus(t.inclusiveTax()));
        for (LineAmounts a : t.lines()) {
            assertThat(a.net().isNegative()).as("a discount never makes a line negative").isFalse();
            assertThat(a.inclusiveTax().compareTo(a.net())).isLessThanOrEqualTo(0);
        }
    }

    @Property(tries = 200)
    void partialRefundsAddUpToExactlyWhatWasPaid(@ForAll("lines") List<OrderLine> lines,
                                                   @ForAll("orderDiscounts") List<Discount> discounts,
                                                   @ForAll @IntRange(min = 1, max = 5) int rounds) {
        OrderTransitions transitions = new OrderTransitions(PRICER);
        Order order = paidOrder(lines, discounts, transitions);
        java.util.Random random = new java.util.Random(lines.size() * 31L + rounds);
        for (int i = 0; i < rounds; i++) {
            Map<String, Integer> pick = new HashMap<>();
            for (OrderLine l : order.lines()) {
                int left = l.quantity() - order.refundedQuantity(l.lineId());
                if (left > 0 && random.nextBoolean()) {
                    pick.put(l.lineId(), 1 + random.nextInt(left));
                }
            }
            if (!pick.isEmpty()) {
                order = transitions.refund(order, pick, "part", "m", "r" + i, NOW);
            }
        }
        Order refunded = order;
        if (refunded.lines().stream().anyMatch(l -> l.quantity() > refunded.refundedQuantity(l.lineId()))) {
            order = transitions.refund(order, Map.of(), "rest", "m", "last", NOW);
        }
        assertThat(order.refunded()).isEqualTo(order.totals().total());
    }

    @Property(tries = 200)
    void splittingTheBillCoversItExactly(@ForAll("lines") List<OrderLine> lines, @ForAll @IntRange(min = 1, max = 9) int guests) {
        Money total = PRICER.price(lines, List.of(), ServiceMode.TAKEOUT, USD).total();
        assertThat(Money.sum(total.allocate(guests), USD)).isEqualTo(total);
    }

    private static Order paidOrder(List<OrderLine> lines, List<Discount> discounts, OrderTransitions transitions) {
        OrderTotals empty = PRICER.price(List.of(), List.of(), ServiceMode.DINE_IN, USD);
        Order order = Order.opening("o", USD).number(1).at("s", "t").mode(ServiceMode.DINE_IN).staff("c")
                .openedAt(NOW).build(empty);
        for (OrderLine l : lines) {
            order = transitions.addLine(order, l, NOW);
        }
        for (Discount d : discounts) {
            order = transitions.addOrderDiscount(order, d, NOW);
        }
        List<Tender> tenders = new ArrayList<>();
        Money due = order.balanceDue();
        if (due.isZero()) {
            // a fully discounted order still needs a (zero) tender to be paid
            tenders.add(cash(due));
        } else {
            for (Money part : due.allocate(2)) {
                if (part.isPositive()) {
                    tenders.add(cash(part));
                }
            }
        }
        for (Tender t : tenders) {
            order = transitions.addTender(order, t, NOW);
        }
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        return order;
    }

    private static Tender cash(Money amount) {
        return Tender.builder(UUID.randomUUID().toString(), TenderType.CASH).amount(amount)
                .cash(amount, Money.zero(USD)).at(NOW).build();
    }
}
