package com.palmpos.pos.report;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.TenderType;
import java.time.LocalDate;
import java.util.Map;

/**
 * A business day's figures for the store's books. Sales count orders of the day that were paid (refunds are listed
 * separately, by the day they happened). Immutable.
 *
 * @param grossSales       line amounts before discounts
 * @param discounts        line, order and loyalty discounts
 * @param netSales         gross minus discounts (inclusive taxes still inside)
 * @param salesByCategory  category name -> net sales, in menu order
 * @param salesByTender    tender type -> amount collected (tips excluded; declined payments excluded)
 * @param taxes            tax code -> tax collected
 * @param voids            number of voided orders and what they were worth
 * @param paymentDue       orders of the day whose offline payment was declined, and the money still due
 */
public record EndOfDayReport(LocalDate day, String storeId, int orders, Money grossSales, Money discounts,
                             Money netSales, Map<String, Money> salesByCategory, Map<TenderType, Money> salesByTender,
                             Map<String, Money> taxes, Money tips, int refundCount, Money refunds, int voidCount,
                             Money voids, int loyaltyRedemptions, long loyaltyPointsRedeemed, Money loyaltyDiscounts,
                             int paymentDueCount, Money paymentDue) {
    public EndOfDayReport {
        salesByCategory = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(salesByCategory));
        salesByTender = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(salesByTender));
        taxes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(taxes));
    }

    /** All taxes of the day's sales, inclusive and exclusive. */
    public Money totalTaxes() {
        return taxes.values().stream().reduce(Money.zero(grossSales.currency()), Money::plus);
    }
}
