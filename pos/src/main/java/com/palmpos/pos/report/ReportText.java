package com.palmpos.pos.report;

import com.palmpos.pos.money.Money;
import java.util.Map;

/** Renders the end-of-day report as fixed-width text for the screen, a file or a 42-column receipt printer. Pure. */
public final class ReportText {
    private static final int WIDTH = 42;

    private ReportText() {
    }

    public static String render(EndOfDayReport r) {
        StringBuilder b = new StringBuilder();
        b.append(center("END OF DAY")).append(center(r.storeId() + "  " + r.day())).append(rule());
        row(b, "Orders", String.valueOf(r.orders()));
        row(b, "Gross sales", r.grossSales());
        row(b, "Discounts", r.discounts().negate());
        row(b, "Net sales", r.netSales());
        section(b, "Sales by category", r.salesByCategory());
        b.append(rule()).append("Sales by tender\n");
        r.salesByTender().forEach((type, m) -> row(b, "  " + type, m));
        section(b, "Taxes", r.taxes());
        b.append(rule());
        row(b, "Tips", r.tips());
        row(b, "Refunds (" + r.refundCount() + ")", r.refunds().negate());
        row(b, "Voids (" + r.voidCount() + ")", r.voids());
        row(b, "Loyalty rewards (" + r.loyaltyRedemptions() + ")", r.loyaltyDiscounts());
        row(b, "  points redeemed", String.valueOf(r.loyaltyPointsRedeemed()));
        if (r.paymentDueCount() > 0) {
            row(b, "PAYMENT DUE (" + r.paymentDueCount() + ")", r.paymentDue());
        }
        return b.append(rule()).toString();
    }

    private static void section(StringBuilder b, String title, Map<String, Money> values) {
        b.append(rule()).append(title).append('\n');
        values.forEach((name, m) -> row(b, "  " + name, m));
    }

    private static void row(StringBuilder b, String label, Money m) {
        row(b, label, m.toPlainString());
    }

    static void row(StringBuilder b, String label, String value) {
        int gap = Math.max(1, WIDTH - label.length() - value.length());
        b.append(label).append(" ".repeat(gap)).append(value).append('\n');
    }

    private static String center(String text) {
        int pad = Math.max(0, (WIDTH - text.length()) / 2);
        return " ".repeat(pad) + text + "\n";
    }

    private static String rule() {
        return "-".repeat(WIDTH) + "\n";
    }
}
