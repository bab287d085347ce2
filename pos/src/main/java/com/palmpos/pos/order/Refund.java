package com.palmpos.pos.order;

import com.palmpos.pos.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * Money given back on a paid order, either whole (every remaining unit) or for chosen line quantities.
 *
 * @param lines   the units refunded per line with their exact amounts (tax included)
 * @param amount  the sum of the line amounts
 * @param refundTo how the money goes back: cash from the drawer, or to the card/palm token via the cloud
 */
public record Refund(String refundId, List<RefundLine> lines, Money amount, TenderType refundTo, String reason, String staffId, Instant at) {
    public Refund {
        lines = List.copyOf(lines);
    }

    /** Units of one line given back and the money for them. */
    public record RefundLine(String lineId, int quantity, Money amount) {
    }
}
