package com.palmpos.pos.print;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineAmounts;
import com.palmpos.pos.order.LineModifier;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.order.Refund;
import com.palmpos.pos.order.Tender;
import com.palmpos.pos.order.TenderStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Plain-text kitchen tickets and customer receipts, {@value #WIDTH} columns wide (80 mm thermal paper). Pure and
 * thread-safe; output is the same for the same input, so it can be tested and reprinted.
 */
public final class TicketFormatter {
    public static final int WIDTH = 42;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String storeName;
    private final ZoneId zone;
    private final TicketLanguage language;

    /** Prints in English. */
    public TicketFormatter(String storeName, ZoneId zone) {
        this(storeName, zone, TicketLanguage.ENGLISH);
    }

    /** @param language the words and number style of the terminal's language */
    public TicketFormatter(String storeName, ZoneId zone, TicketLanguage language) {
        this.storeName = storeName;
        this.zone = zone;
        this.language = java.util.Objects.requireNonNull(language, "language");
    }

    /** The kitchen's copy of {@code lines} (usually those just sent): no prices, modifiers and notes stand out. */
    public String kitchenTicket(Order order, List<OrderLine> lines) {
        StringBuilder b = new StringBuilder();
        b.append(center(language.text(TicketText.KITCHEN_HEADER, String.valueOf(order.number()), mode(order))))
                .append('\n');
        String time = TIME.format(order.updatedAt().atZone(zone)).substring(11);
        if (order.label().length() <= WIDTH - time.length() - 1) {
            row(b, order.label(), time);
        } else {
            // a long order note (up to 140 characters) is printed whole, under the time
            row(b, "", time);
            wrapped(b, "", order.label());
        }
        b.append(rule());
        for (OrderLine l : lines) {
            b.append(clip(l.quantity() + " x " + l.name() + (l.sizeName() == null ? "" : " (" + l.sizeName() + ")"))).append('\n');
            l.components().forEach(c -> b.append(clip("    > " + c)).append('\n'));
            l.modifiers().forEach(m -> b.append(clip("    + " + m.name())).append('\n'));
            if (!l.note().isBlank()) {
                wrapped(b, "    ! ", l.note());
            }
        }
        return b.append(rule()).toString();
    }

    /** The customer's receipt: lines, discounts, taxes, total, tenders (card as brand and last four), refunds. */
    public String receipt(Order order, String customerName) {
        StringBuilder b = new StringBuilder();
        b.append(center(storeName)).append('\n');
        b.append(center(language.text(TicketText.RECEIPT_HEADER, String.valueOf(order.number()), mode(order),
                TIME.format(order.openedAt().atZone(zone))))).append('\n');
        b.append(rule());
        for (OrderLine l : order.lines()) {
            LineAmounts a = order.totals().line(l.lineId()).orElseThrow();
            row(b, l.quantity() + " " + l.name() + (l.sizeName() == null ? "" : " (" + l.sizeName() + ")"), a.gross());
            l.components().forEach(c -> b.append(clip("   " + c)).append('\n'));
            for (LineModifier m : l.modifiers()) {
                String price = m.price().isZero() ? "" : " " + language.amount(m.price());
                b.append(clip("   " + m.name() + price)).append('\n');
            }
            if (a.discount().isPositive()) {
                row(b, "   " + (l.discount() == null ? language.text(TicketText.DISCOUNT) : l.discount().name()),
                        a.discount().negate());
            }
        }
        b.append(rule());
        row(b, language.text(TicketText.SUBTOTAL), order.totals().subtotal());
        if (order.totals().discounts().isPositive()) {
            row(b, language.text(TicketText.DISCOUNTS), order.totals().discounts().negate());
        }
        order.totals().taxByRate().forEach((code, tax) -> row(b, language.text(TicketText.TAX, code), tax));
        if (order.totals().inclusiveTax().isPositive()) {
            b.append(clip(language.text(TicketText.PRICES_INCLUDE_TAX, language.amount(order.totals().inclusiveTax()))))
                    .append('\n');
        }
        row(b, language.text(TicketText.TOTAL, order.currency().getCurrencyCode()), order.totals().total());
        if (order.tips().isPositive()) {
            row(b, language.text(TicketText.TIP), order.tips());
        }
        for (Tender t : order.tenders()) {
            String label = switch (t.type()) {
                case CASH -> tenderName(t.type());
                case CARD, PALM -> tenderName(t.type()) + " " + (t.brand() == null ? "" : t.brand() + " ") + "****"
                        + t.last4();
            };
            String state = t.status() == TenderStatus.OFFLINE_PENDING ? language.text(TicketText.OFFLINE)
                    : t.status() == TenderStatus.DECLINED ? language.text(TicketText.DECLINED) : "";
            row(b, label + state, t.type() == com.palmpos.pos.order.TenderType.CASH && t.cashGiven() != null
                    ? t.cashGiven() : t.amount().plus(t.tip()));
            if (t.change().isPositive()) {
                row(b, language.text(TicketText.CHANGE), t.change());
            }
        }
        for (Refund r : order.refunds()) {
            row(b, language.text(TicketText.REFUND, tenderName(r.refundTo())), r.amount().negate());
        }
        if (order.paymentDue()) {
            row(b, language.text(TicketText.PAYMENT_DUE), order.balanceDue());
        }
        b.append(rule());
        b.append(center(customerName == null || customerName.isBlank() ? language.text(TicketText.THANK_YOU)
                : language.text(TicketText.THANK_YOU_NAME, customerName))).append('\n');
        return b.toString();
    }

    private String mode(Order order) {
        return language.text(switch (order.mode()) {
            case DINE_IN -> TicketText.MODE_DINE_IN;
            case TAKEOUT -> TicketText.MODE_TAKEOUT;
        });
    }

    private String tenderName(com.palmpos.pos.order.TenderType type) {
        return language.text(switch (type) {
            case CASH -> TicketText.CASH;
            case CARD -> TicketText.CARD;
            case PALM -> TicketText.PALM;
        });
    }

    private void row(StringBuilder b, String label, Money value) {
        row(b, label, language.amount(value));
    }

    private static void row(StringBuilder b, String label, String value) {
        String left = label.length() > WIDTH - value.length() - 1 ? label.substring(0, WIDTH - value.length() - 1) : label;
        b.append(left).append(" ".repeat(WIDTH - left.length() - value.length())).append(value).append('\n');
    }

    /**
     * {@code text} after {@code prefix}, broken at spaces into lines of at most {@value #WIDTH} columns; later lines
     * are indented under the text (a word longer than a line is cut across lines). Nothing is left out: the kitchen
     * must read the whole note.
     */
    static void wrapped(StringBuilder b, String prefix, String text) {
        String indent = " ".repeat(prefix.length());
        StringBuilder line = new StringBuilder(prefix);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            String rest = word;
            while (!rest.isEmpty()) {
                int room = WIDTH - line.length() - (empty ? 0 : 1);
                if (rest.length() <= room) {
                    line.append(empty ? "" : " ").append(rest);
                    empty = false;
                    rest = "";
                } else if (empty) {
                    line.append(rest, 0, room);
                    rest = rest.substring(room);
                    b.append(line).append('\n');
                    line = new StringBuilder(indent);
                } else {
                    b.append(line).append('\n');
                    line = new StringBuilder(indent);
                    empty = true;
                }
            }
        }
        if (!empty) {
            b.append(line).append('\n');
        }
    }

    private static String clip(String text) {
        return text.length() <= WIDTH ? text : text.substring(0, WIDTH);
    }

    private static String center(String text) {
        String t = clip(text);
        return " ".repeat((WIDTH - t.length()) / 2) + t;
    }

    private static String rule() {
        return "-".repeat(WIDTH) + "\n";
    }
}
