package com.palmpos.sync.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An order in a final state as the terminal uploads it. Amounts are minor units of {@code currency};
 * {@code createdAt} is the terminal's clock and is stored as given (never used for ordering or de-duplication).
 *
 * <p>Versioned uploads carry {@code revision} (increasing per order on the terminal): the cloud then upserts by
 * {@code orderId}, keeping the highest revision, so a later refund or "payment due" replaces the stored order. Without
 * a revision an order id is stored once and never rewritten. Either way loyalty points of an order count once.
 *
 * @param status          {@code PAID}, {@code COMPLETED} or {@code VOIDED}; absent means {@code COMPLETED}
 * @param revision        the terminal's revision of the order, or {@code null} for a write-once upload
 * @param tipMinor        tips on top of {@code totalMinor} (not part of the tenders' amounts)
 * @param refundedMinor   money given back so far
 * @param paymentDueMinor part of the total still to collect because an offline payment was declined; tenders add up
 *                        to {@code totalMinor - paymentDueMinor}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderUpload(String orderId, String storeId, String terminalId, Instant createdAt, String currency,
                          List<OrderLine> lines, long subtotalMinor, long taxMinor, long totalMinor,
                          List<Tender> tenders, String customerId, long loyaltyPointsEarned,
                          long loyaltyPointsRedeemed, String status, Long revision, long tipMinor, long refundedMinor,
                          long paymentDueMinor) {
    public static final String PAID = "PAID";
    public static final String COMPLETED = "COMPLETED";
    public static final String VOIDED = "VOIDED";

    public OrderUpload {
        lines = lines == null ? List.of() : List.copyOf(lines);
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
    }

    /** A write-once completed order (no revision, tip, refund or payment due). */
    public OrderUpload(String orderId, String storeId, String terminalId, Instant createdAt, String currency,
                       List<OrderLine> lines, long subtotalMinor, long taxMinor, long totalMinor, List<Tender> tenders,
                       String customerId, long loyaltyPointsEarned, long loyaltyPointsRedeemed) {
        this(orderId, storeId, terminalId, createdAt, currency, lines, subtotalMinor, taxMinor, totalMinor, tenders,
                customerId, loyaltyPointsEarned, loyaltyPointsRedeemed, null, null, 0, 0, 0);
    }

    /** The status, {@link #COMPLETED} when the upload names none. */
    @JsonIgnore
    public String effectiveStatus() {
        return status == null ? COMPLETED : status;
    }
}
