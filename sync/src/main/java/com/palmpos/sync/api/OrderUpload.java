package com.palmpos.sync.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A completed order as the terminal uploads it. The cloud stores an order id at most once; loyalty points of an order
 * are credited once however often it is uploaded. Amounts are minor units of {@code currency}; {@code createdAt}
 * is the terminal's clock and is stored as given (never used for ordering or de-duplication).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderUpload(String orderId, String storeId, String terminalId, Instant createdAt, String currency,
                          List<OrderLine> lines, long subtotalMinor, long taxMinor, long totalMinor,
                          List<Tender> tenders, String customerId, long loyaltyPointsEarned,
                          long loyaltyPointsRedeemed) {
    public OrderUpload {
        lines = lines == null ? List.of() : List.copyOf(lines);
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
    }
}
