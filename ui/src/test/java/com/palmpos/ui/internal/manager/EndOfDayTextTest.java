package com.palmpos.ui.internal.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.report.EndOfDayReport;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-of-day report in the manager's language, from the report's figures. */
class EndOfDayTextTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    static Path dir;
    private static TestCounter counter;

    @BeforeAll
    static void services() {
        counter = new TestCounter(dir);
    }

    @AfterAll
    static void close() {
        counter.close();
    }

    @Test
    void germanReportOfARealSaleHasGermanLabelsAndNumbers() {
        Money total = Sales.paidOrder(counter.services, 2).totals().total();
        LocalDate today = LocalDate.now(counter.clock.withZone(counter.services.settings().zone()));

        String text = new EndOfDayText(Messages.forLocale(Locale.GERMANY))
                .render(counter.services.reports().endOfDay(today));

        assertThat(text).contains("TAGESABSCHLUSS", "Bestellungen", "Nettoumsatz", "Umsatz nach Zahlungsart", "Bar")
                .contains(EndOfDayText.amount(total, Locale.GERMANY))
                .doesNotContain("END OF DAY", "Orders", "Net sales", "CASH");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(EndOfDayText.WIDTH));
    }

    @Test
    void writesAmountsAsTheLocaleWritesNumbersAndNamesTheCurrencyOnce() {
        EndOfDayReport report = report(Money.parse("1234.50", EUR));

        String german = new EndOfDayText(Messages.forLocale(Locale.GERMANY)).render(report);
        String english = new EndOfDayText(Messages.forLocale(Locale.ENGLISH)).render(report);

        assertThat(german).contains("Betr\u00e4ge in EUR").contains("1.234,50").contains("Erstattungen (1)")
                .contains("ZAHLUNG OFFEN (1)").doesNotContain("\u20ac");
        assertThat(english).contains("END OF DAY").contains("Amounts in EUR").contains("1,234.50")
                .contains("Refunds (1)").contains("PAYMENT DUE (1)");
    }

    @Test
    void leavesOutThePaymentDueLineWhenNothingIsDue() {
        EndOfDayReport report = report(Money.parse("10.00", EUR));
        EndOfDayReport settled = new EndOfDayReport(report.day(), report.storeId(), report.orders(),
                report.grossSales(), report.discounts(), report.netSales(), report.salesByCategory(),
                report.salesByTender(), report.taxes(), report.tips(), report.refundCount(), report.refunds(),
                report.voidCount(), report.voids(), report.loyaltyRedemptions(), report.loyaltyPointsRedeemed(),
                report.loyaltyDiscounts(), 0, Money.zero(EUR));

        assertThat(new EndOfDayText(Messages.forLocale(Locale.GERMANY)).render(settled)).doesNotContain("OFFEN");
    }

    private static EndOfDayReport report(Money sales) {
        Money zero = Money.zero(EUR);
        Money one = Money.parse("1.00", EUR);
        return new EndOfDayReport(LocalDate.of(2026, 11, 26), "store-1", 3, sales, zero, sales,
                Map.of("Drinks", sales), Map.of(TenderType.CASH, sales, TenderType.CARD, zero), Map.of("VAT7", one),
                zero, 1, one, 0, zero, 0, 0, zero, 1, one);
    }
}
