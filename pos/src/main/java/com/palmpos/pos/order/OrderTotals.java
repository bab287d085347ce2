package com.palmpos.pos.order;

import com.palmpos.pos.money.Money;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The priced order. Invariants (checked by property tests): {@code subtotal - discounts + exclusiveTax == total},
 * {@code total == sum of line totals}, and tax by rate sums to {@code exclusiveTax + inclusiveTax}.
 *
 * @param subtotal     sum of line gross amounts
 * @param discounts    line and order discounts together
 * @param taxByRate    tax code -> amount, in code order
 * @param total        what the customer owes before tips
 */
public record OrderTotals(Money subtotal, Money discounts, Money exclusiveTax, Money inclusiveTax,
                          Map<String, Money> taxByRate, Money total, List<LineAmounts> lines) {
    public OrderTotals {
        taxByRate = Map.copyOf(taxByRate);
        lines = List.copyOf(lines);
    }

    public Optional<LineAmounts> line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }
}
