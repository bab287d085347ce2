package com.palmpos.ui.internal.session;

import com.palmpos.ui.internal.i18n.MoneyText;
import com.palmpos.pos.order.LineModifier;
import com.palmpos.pos.order.OrderLine;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the order as the cashier reads it.
 *
 * @param title    "Tomato basil soup (Bowl)"
 * @param details  modifiers, note and discount on one line; may be empty
 * @param amount   the line before its discount (the discount is in the details), formatted
 * @param sent     the kitchen has it (it can no longer change)
 */
public record OrderLineRow(String lineId, String title, String details, int quantity, String amount, boolean sent) {

    /** The row of {@code line}: the cashier's order panel and the customer display show the very same. */
    public static OrderLineRow of(OrderLine line, MoneyText money) {
        String name = line.name() + (line.sizeName() == null ? "" : " (" + line.sizeName() + ")");
        List<String> details = new ArrayList<>();
        line.components().forEach(details::add);
        for (LineModifier modifier : line.modifiers()) {
            details.add(modifier.name());
        }
        if (!line.note().isBlank()) {
            details.add("\u201c" + line.note() + "\u201d");
        }
        if (line.discount() != null) {
            details.add(line.discount().name() + " " + money.format(line.discount().off(line.gross()).negate()));
        }
        return new OrderLineRow(line.lineId(), name, String.join(" \u00b7 ", details), line.quantity(),
                money.format(line.gross()), line.sent());
    }
}
