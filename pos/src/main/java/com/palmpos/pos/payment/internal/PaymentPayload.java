package com.palmpos.pos.payment.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palmpos.pos.internal.Json;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.Tender;

/**
 * The offline payment to forward ({@code schema: "palmpos.payment.v1"}, outbox entity {@code payment}, kind
 * {@code payment.offline_stored}). The sync module authorizes it through the cloud with {@code paymentId} as the
 * idempotency key and reports the answer with {@code PaymentService.recordForwarded} or {@code recordDeclined}.
 * <pre>
 * { schema, paymentId, orderId, orderNumber, storeId, terminalId, type: CARD|PALM, token, brand?, last4?,
 *   amountMinor, tipMinor, currency, customerId?, storedAt }
 * </pre>
 */
public final class PaymentPayload {
    public static final String SCHEMA = "palmpos.payment.v1";
    public static final String ENTITY = "payment";
    public static final String OFFLINE_STORED = "payment.offline_stored";

    private PaymentPayload() {
    }

    public static String offlineStored(Order order, Tender t) {
        ObjectNode n = Json.mapper().createObjectNode().put("schema", SCHEMA).put("paymentId", t.paymentId())
                .put("orderId", order.id()).put("orderNumber", order.number()).put("storeId", order.storeId())
                .put("terminalId", order.terminalId()).put("type", t.type().name()).put("token", t.token())
                .put("brand", t.brand()).put("last4", t.last4()).put("amountMinor", t.amount().minor())
                .put("tipMinor", t.tip().minor()).put("currency", order.currency().getCurrencyCode())
                .put("customerId", order.customerId()).put("storedAt", t.at().toString());
        return Json.write(n);
    }
}
