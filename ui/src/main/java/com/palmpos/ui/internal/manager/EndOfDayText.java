package com.palmpos.ui.internal.manager;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.report.EndOfDayReport;
import com.palmpos.ui.internal.i18n.Messages;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The end-of-day report in the manager's language, as fixed-width text for the shift page and the 42-column receipt
 * printer. Amounts are written as numbers in the locale's style ("1.234,50") under a line naming the currency: the
 * receipt printer's code page has no euro sign. Labels come from {@code manager.report.*}. Immutable, thread-safe;
 * a new {@link NumberFormat} per call.
 */
final class EndOfDayText {

    static final int WIDTH = 42;

    private final Messages messages;

    EndOfDayText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    String render(EndOfDayReport r) {
        StringBuilder b = new StringBuilder();
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(r.day());
        b.append(center(text("manager.report.title"))).append(center(r.storeId() + "  " + day))
                .append(center(text("manager.report.currency", r.grossSales().currency().getCurrencyCode())))
                .append(rule());
        row(b, text("manager.report.orders"), String.valueOf(r.orders()));
        row(b, text("manager.report.grossSales"), r.grossSales());
        row(b, text("manager.report.discounts"), r.discounts().negate());
        row(b, text("manager.report.netSales"), r.netSales());
        section(b, text("manager.report.byCategory"), r.salesByCategory());
        b.append(rule()).append(text("manager.report.byTender")).append('\n');
        r.salesByTender().forEach((type, m) -> row(b, "  " + text("manager.report.tender." + type.name()), m));
        section(b, text("manager.report.taxes"), r.taxes());
        b.append(rule());
        row(b, text("manager.report.tips"), r.tips());
        row(b, text("manager.report.refunds", r.refundCount()), r.refunds().negate());
        row(b, text("manager.report.voids", r.voidCount()), r.voids());
        row(b, text("manager.report.rewards", r.loyaltyRedemptions()), r.loyaltyDiscounts());
        row(b, "  " + text("manager.report.pointsRedeemed"), String.valueOf(r.loyaltyPointsRedeemed()));
        if (r.paymentDueCount() > 0) {
            row(b, text("manager.report.paymentDue", r.paymentDueCount()), r.paymentDue());
        }
        return b.append(rule()).toString();
    }

    private String text(String key, Object... args) {
        return messages.get(key, args);
    }

    private void section(StringBuilder b, String title, Map<String, Money> values) {
        b.append(rule()).append(title).append('\n');
        values.forEach((name, m) -> row(b, "  " + name, m));
    }

    private void row(StringBuilder b, String label, Money m) {
        row(b, label, amount(m, messages.locale()));
    }

    /** An amount as the locale writes numbers, without a currency sign: "1,234.50" or "1.234,50". */
    static String amount(Money m, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int digits = m.currency().getDefaultFractionDigits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(m.toDecimal());
    }

    private static void row(StringBuilder b, String label, String value) {
        int gap = Math.max(1, WIDTH - label.length() - value.length());
        b.append(label).append(" ".repeat(gap)).append(value).append('\n');
    }

    private static String center(String text) {
        return " ".repeat(Math.max(0, (WIDTH - text.length()) / 2)) + text + "\n";
    }

    private static String rule() {
        return "-".repeat(WIDTH) + "\n";
    }
}
