package com.palmpos.pos.report;

import static com.palmpos.pos.Terminal.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.payment.CardDetails;
import com.palmpos.pos.staff.Shift;
import com.palmpos.pos.staff.ShiftService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One known day at the counter, and the figures it must produce. */
class EndOfDayReportTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    @TempDir
    static Path dir;
    static Terminal t;
    static Shift closedShift;
    static EndOfDayReport report;

    @BeforeAll
    static void playTheDay() {
        t = new Terminal(dir);
        t.clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        ShiftService shifts = new ShiftService(t.db, t.clock, t.settings, Terminal.DEMO.currency());
        Shift shift = shifts.open("ana", usd("100.00"));
        t.customers.upsert(new CustomerProfile("cust-1", "Sam Lee", null, "L-1", Set.of(), Set.of(), null, 600,
                t.clock.instant(), 1, t.clock.instant()));

        // A: two large lattes, dine-in, cash 20.00 with a 1.00 tip -> total 10.78
        Order a = t.orders.open(ServiceMode.DINE_IN, "", "ana");
        t.orders.addItem(a.id(), new LineRequest("latte", "large", 2, Map.of(), ""));
        t.payments.payCash(a.id(), usd("20.00"), usd("1.00"));
        step();
        // B: teriyaki bowl + croissant takeout, free pastry redeemed, card with 2.00 tip -> total 13.34
        Order b = t.orders.open(ServiceMode.TAKEOUT, "", "ana");
        t.orders.addItem(b.id(), LineRequest.of("teriyaki-bowl", null));
        t.orders.addItem(b.id(), LineRequest.of("croissant", null));
        t.orders.attachCustomer(b.id(), "cust-1");
        b = t.loyalty.redeem(b.id(), "free-pastry");
        t.payments.payCard(b.id(), new CardDetails(TenderType.CARD, "tok", "VISA", "4242"), b.balanceDue(), usd("2.00"));
        step();
        // C: lemonade, voided -> 3.97
        Order c = t.orders.open(ServiceMode.DINE_IN, "", "ana");
        t.orders.addItem(c.id(), LineRequest.of("lemonade", null));
        t.orders.voidOrder(c.id(), "customer left");
        step();
        // D: small drip coffee, cash 2.45, refunded in cash
        Order d = t.orders.open(ServiceMode.DINE_IN, "", "ana");
        t.orders.addItem(d.id(), LineRequest.of("drip-coffee", "small"));
        t.payments.payCash(d.id(), usd("2.45"), usd("0"));
        step();
        t.orders.refund(d.id(), Map.of(), "spilled", "manager");
        step();
        closedShift = shifts.close(shift.shiftId(), usd("110.50"));
        report = new ReportService(t.db, t.settings, Terminal.DEMO).endOfDay(DAY);
    }

    private static void step() {
        t.clock.advance(Duration.ofMinutes(10));
    }

    @AfterAll
    static void close() {
        t.close();
    }

    @Test
    void countsPaidOrdersAndTheirSales() {
        assertThat(report.orders()).isEqualTo(3);
        assertThat(report.grossSales()).isEqualTo(usd("27.65"));
        assertThat(report.discounts()).isEqualTo(usd("3.25"));
        assertThat(report.netSales()).isEqualTo(usd("24.40"));
    }

    @Test
    void splitsSalesByCategoryInMenuOrder() {
        assertThat(report.salesByCategory()).containsExactly(
                entry("Bowls", usd("12.25")), entry("Bakery", usd("0.00")), entry("Drinks", usd("12.15")));
    }

    @Test
    void splitsSalesByTender() {
        assertThat(report.salesByTender()).containsOnly(entry(TenderType.CASH, usd("13.23")), entry(TenderType.CARD, usd("13.34")));
    }

    @Test
    void sumsTaxesTipsRefundsVoidsAndRedemptions() {
        assertThat(report.taxes()).containsOnly(entry("sales", usd("2.17")));
        assertThat(report.tips()).isEqualTo(usd("3.00"));
        assertThat(report.refundCount()).isEqualTo(1);
        assertThat(report.refunds()).isEqualTo(usd("2.45"));
        assertThat(report.voidCount()).isEqualTo(1);
        assertThat(report.voids()).isEqualTo(usd("3.97"));
        assertThat(report.loyaltyRedemptions()).isEqualTo(1);
        assertThat(report.loyaltyPointsRedeemed()).isEqualTo(500);
        assertThat(report.loyaltyDiscounts()).isEqualTo(usd("3.25"));
    }

    @Test
    void closesTheShiftWithExpectedCashAndTheShortfall() {
        // 100.00 float + 10.78 + 1.00 tip + 2.45 - 2.45 refunded
        assertThat(closedShift.expectedCash()).isEqualTo(usd("111.78"));
        assertThat(closedShift.overShort()).isEqualTo(usd("-1.28"));
    }

    @Test
    void rendersTheReportAsText() {
        String text = ReportText.render(report);
        assertThat(text).contains("END OF DAY").contains("2026-11-25")
                .containsPattern("Net sales +24.40").containsPattern("CASH +13.23").containsPattern("Voids \\(1\\) +3.97");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(42));
    }
}
