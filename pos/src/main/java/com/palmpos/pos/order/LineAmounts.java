package com.palmpos.pos.order;

import com.palmpos.pos.money.Money;
import java.util.Map;

/**
 * The priced figures of one line.
 *
 * @param gross         unit total times quantity
 * @param discount      the line's own discount plus its share of order discounts
 * @param net           gross minus discount: what the customer pays for the line before exclusive taxes
 * @param exclusiveTax  taxes added on top of {@code net}
 * @param inclusiveTax  taxes contained in {@code net} (for the receipt and the tax report)
 * @param taxByRate     each tax code's part of this line's tax, exclusive and inclusive
 * @param total         net plus exclusive tax: the line's share of the order total
 */
public record LineAmounts(String lineId, Money gross, Money discount, Money net, Money exclusiveTax,
                          Money inclusiveTax, Map<String, Money> taxByRate, Money total) {
    public LineAmounts {
        taxByRate = Map.copyOf(taxByRate);
    }
}
