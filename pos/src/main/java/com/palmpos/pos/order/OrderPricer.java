package com.palmpos.pos.order;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.menu.TaxRate;
import com.palmpos.pos.menu.TaxTable;
import com.palmpos.pos.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prices an order. The rounding rules, in order:
 * <ol>
 *   <li>A line's own discount is taken off its gross (percentages rounded half-up to the cent).</li>
 *   <li>Order discounts are computed on the sum of line amounts after step 1 (half-up), then allocated to the lines
 *       in proportion to those amounts by the largest-remainder method, so no cent is lost or created.</li>
 *   <li>Tax is computed per line on its net amount, per rate, rounded half-up per line and rate; the order's tax is the
 *       sum of the line taxes. Per-line rounding keeps refunds of single lines exact.</li>
 *   <li>Inclusive rates: the line's inclusive tax is {@code net - round(net / (1 + sum of inclusive rates))}, split
 *       across those rates by weight with the largest-remainder method.</li>
 * </ol>
 * Thread-safe (its only state is a cache of resolved tax rates); O(lines x rates).
 */
public final class OrderPricer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final TaxTable taxes;
    /** Rates per (tax class, mode), resolved once: pricing runs on every line change. */
    private final Map<String, List<TaxRate>> rateCache = new java.util.concurrent.ConcurrentHashMap<>();

    public OrderPricer(TaxTable taxes) {
        this.taxes = taxes;
    }

    private List<TaxRate> rates(String taxClass, ServiceMode mode) {
        return rateCache.computeIfAbsent(taxClass + '\u0000' + mode.name(), k -> taxes.ratesFor(taxClass, mode));
    }

    public OrderTotals price(List<OrderLine> lines, List<Discount> orderDiscounts, ServiceMode mode, Currency currency) {
        Money zero = Money.zero(currency);
        int n = lines.size();
        Money[] afterLine = new Money[n];
        Money[] lineDiscount = new Money[n];
        long[] weights = new long[n];
        Money subtotal = zero;
        Money afterLineSum = zero;
        for (int i = 0; i < n; i++) {
            OrderLine line = lines.get(i);
            Money gross = line.gross();
            lineDiscount[i] = line.discount() == null ? zero : line.discount().off(gross);
            afterLine[i] = gross.minus(lineDiscount[i]);
            weights[i] = afterLine[i].minor();
            subtotal = subtotal.plus(gross);
            afterLineSum = afterLineSum.plus(afterLine[i]);
        }
        Money orderOff = zero;
        Money remaining = afterLineSum;
        for (Discount d : orderDiscounts) {
            Money off = d.off(remaining);
            orderOff = orderOff.plus(off);
            remaining = remaining.minus(off);
        }
        List<Money> shares = n == 0 ? List.of() : orderOff.allocate(weights);
        List<LineAmounts> amounts = new ArrayList<>(n);
        Map<String, Money> taxByRate = new TreeMap<>();
        Money discounts = zero;
        Money exclusive = zero;
        Money inclusive = zero;
        Money total = zero;
        for (int i = 0; i < n; i++) {
            OrderLine line = lines.get(i);
            Money discount = lineDiscount[i].plus(shares.get(i));
            Money net = afterLine[i].minus(shares.get(i));
            LineAmounts la = priceLine(line, line.gross(), discount, net, mode, zero);
            amounts.add(la);
            la.taxByRate().forEach((code, tax) -> taxByRate.merge(code, tax, Money::plus));
            discounts = discounts.plus(discount);
            exclusive = exclusive.plus(la.exclusiveTax());
            inclusive = inclusive.plus(la.inclusiveTax());
            total = total.plus(la.total());
        }
        return new OrderTotals(subtotal, discounts, exclusive, inclusive, taxByRate, total, amounts);
    }

    private LineAmounts priceLine(OrderLine line, Money gross, Money discount, Money net, ServiceMode mode, Money zero) {
        List<TaxRate> rates = rates(line.taxClass(), mode);
        Map<String, Money> byRate = new TreeMap<>();
        Money exclusive = zero;
        List<TaxRate> inclusiveRates = new ArrayList<>();
        BigDecimal inclusivePercent = BigDecimal.ZERO;
        for (TaxRate rate : rates) {
            if (rate.inclusive()) {
                inclusiveRates.add(rate);
                inclusivePercent = inclusivePercent.add(rate.percent());
            } else {
                Money tax = net.percent(rate.percent(), RoundingMode.HALF_UP);
                exclusive = exclusive.plus(tax);
                byRate.merge(rate.code(), tax, Money::plus);
            }
        }
        Money inclusive = zero;
        if (!inclusiveRates.isEmpty()) {
            BigDecimal divisor = BigDecimal.ONE.add(inclusivePercent.divide(HUNDRED));
            inclusive = net.minus(net.divide(divisor, RoundingMode.HALF_UP));
            long[] weights = inclusiveRates.stream()
                    .mapToLong(r -> r.percent().movePointRight(6).longValue()).toArray();
            List<Money> parts = inclusive.allocate(weights);
            for (int i = 0; i < parts.size(); i++) {
                byRate.merge(inclusiveRates.get(i).code(), parts.get(i), Money::plus);
            }
        }
        return new LineAmounts(line.lineId(), gross, discount, net, exclusive, inclusive, byRate, net.plus(exclusive));
    }
}
