package com.palmpos.sync.support;

import com.palmpos.sync.api.OrderLine;
import com.palmpos.sync.api.OrderUpload;
import com.palmpos.sync.api.Tender;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Orders that add up, made deterministically from a seed. */
public final class TestOrders {
    private final Random random;
    private final String storeId;
    private final String terminalId;

    public TestOrders(long seed, String storeId, String terminalId) {
        this.random = new Random(seed);
        this.storeId = storeId;
        this.terminalId = terminalId;
    }

    /** A paid order; a card tender when {@code cardToken} is given, else cash; points earned when a customer is. */
    public OrderUpload next(String orderId, String customerId, String cardToken, Instant createdAt) {
        int quantity = 1 + random.nextInt(3);
        long unit = 250 + random.nextInt(1500);
        OrderLine bowl = new OrderLine("BWL-TERI", "Teriyaki chicken bowl", quantity, unit, quantity * unit);
        OrderLine tea = new OrderLine("DR-TEA", "Iced green tea", 1, 350, 350);
        long total = bowl.totalMinor() + tea.totalMinor();
        Tender tender = cardToken == null ? new Tender("CASH", total, null, null, null, null)
                : new Tender("CARD", total, cardToken, "VISA", "4242", "pay-" + orderId);
        long earned = customerId == null ? 0 : total / 100;
        long redeemed = customerId != null && random.nextInt(5) == 0 ? 1 + random.nextInt(5) : 0;
        return new OrderUpload(orderId, storeId, terminalId, createdAt, "EUR", List.of(bowl, tea), total,
                Math.round(total / 11.0), total, List.of(tender), customerId, earned, redeemed);
    }
}
