package com.palmpos.sync.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.palmpos.sync.api.OrderLine;
import com.palmpos.sync.api.OrderUpload;
import com.palmpos.sync.api.Tender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Translates the pos order snapshot ({@code schema "palmpos.order.v1"}, read by field names only: sync never sees pos
 * internals) into the contract's {@link OrderUpload}. Only final states are uploaded: an {@code OPEN} or {@code SENT}
 * order is never sent to the cloud, because the cloud keeps sales, and every in-progress change is superseded by the
 * full snapshot of the order's final state. Stateless, thread-safe.
 */
final class OrderSnapshot {
    static final String SCHEMA = "palmpos.order.v1";
    private static final Set<String> FINAL = Set.of(OrderUpload.PAID, OrderUpload.COMPLETED, OrderUpload.VOIDED);

    private OrderSnapshot() {
    }

    /** Whether {@code root} is a pos snapshot (as opposed to a ready-made {@link OrderUpload}). */
    static boolean isSnapshot(JsonNode root) {
        return root.has("schema");
    }

    /**
     * The upload for a snapshot, or empty for an order still in progress.
     *
     * @throws IllegalArgumentException naming the field, if the snapshot is of another schema or lacks a field
     */
    static Optional<OrderUpload> toUpload(JsonNode root) {
        String schema = root.path("schema").asText();
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("order snapshot schema '" + schema + "' is not " + SCHEMA);
        }
        String status = text(root, "status");
        if (!FINAL.contains(status)) {
            return Optional.empty();
        }
        JsonNode totals = required(root, "totals");
        long total = number(totals, "totalMinor");
        List<OrderLine> lines = new ArrayList<>();
        for (JsonNode line : root.path("lines")) {
            lines.add(line(line));
        }
        List<Tender> tenders = new ArrayList<>();
        for (JsonNode tender : root.path("tenders")) {
            if (!"DECLINED".equals(text(tender, "status"))) {
                tenders.add(tender(tender));
            }
        }
        boolean due = root.path("paymentDue").asBoolean(false);
        JsonNode loyalty = root.path("loyalty");
        return Optional.of(new OrderUpload(text(root, "orderId"), text(root, "storeId"), text(root, "terminalId"),
                Instant.parse(text(root, "openedAt")), text(root, "currency"), lines, total,
                number(totals, "exclusiveTaxMinor") + number(totals, "inclusiveTaxMinor"), total, tenders,
                root.path("customerId").isTextual() ? root.path("customerId").asText() : null,
                Math.max(0, loyalty.path("pointsEarned").asLong()), Math.max(0, loyalty.path("pointsRedeemed").asLong()),
                status, number(root, "revision"), number(totals, "tipMinor"), number(totals, "refundedMinor"),
                due ? number(totals, "balanceDueMinor") : 0));
    }

    // the contract wants quantity x unit price = line total; a discounted line whose total does not divide evenly
    // is sent as one unit of its total, named with its quantity, so the money stays exact
    private static OrderLine line(JsonNode line) {
        int quantity = (int) number(line, "quantity");
        long total = number(line, "totalMinor");
        String name = text(line, "name") + (line.path("size").isTextual() ? " (" + line.path("size").asText() + ")" : "");
        if (quantity > 0 && total % quantity == 0) {
            return new OrderLine(text(line, "itemId"), name, quantity, total / quantity, total);
        }
        return new OrderLine(text(line, "itemId"), quantity + " x " + name, 1, total, total);
    }

    private static Tender tender(JsonNode tender) {
        long amount = number(tender, "amountMinor");
        if ("CASH".equals(text(tender, "type"))) {
            return new Tender("CASH", amount, null, null, null, text(tender, "paymentId"));
        }
        // palm payments charge the customer's linked card: the cloud knows them as card tenders
        return new Tender("CARD", amount, text(tender, "token"), optional(tender, "brand"), optional(tender, "last4"),
                text(tender, "paymentId"));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalArgumentException("order snapshot lacks '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static String optional(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.canConvertToLong()) {
            throw new IllegalArgumentException("order snapshot field '" + field + "' is not a whole number: " + value);
        }
        return value.asLong();
    }
}
