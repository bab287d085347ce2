package com.palmpos.pos.order.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palmpos.pos.internal.Json;
import com.palmpos.pos.order.LineAmounts;
import com.palmpos.pos.order.LineModifier;
import com.palmpos.pos.order.LoyaltyPort;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.order.Redemption;
import com.palmpos.pos.order.Refund;
import com.palmpos.pos.order.Tender;
import java.time.Instant;

/**
 * Builds the order upload ({@code schema: "palmpos.order.v1"}), the cloud contract's shape for every order change.
 * It is a full snapshot, so the cloud upserts by {@code orderId} and ignores a {@code revision} it already has;
 * re-sending is harmless. All amounts are integers in minor units of {@code currency}; times are ISO-8601 UTC.
 * <pre>
 * { schema, event, orderId, number, revision, storeId, terminalId, mode: DINE_IN|TAKEOUT, label,
 *   status: OPEN|SENT|PAID|COMPLETED|VOIDED, customerId?, staffId, currency,
 *   openedAt, updatedAt, paidAt?, completedAt?, voidReason?, paymentDue,
 *   lines: [{ lineId, itemId, combo, name, categoryId, size?, quantity, unitPriceMinor,
 *             modifiers: [{ groupId, optionId, name, priceMinor }], components: [text], note, sentAt?,
 *             grossMinor, discountMinor, netMinor, taxMinor, totalMinor }],
 *   totals: { subtotalMinor, discountMinor, exclusiveTaxMinor, inclusiveTaxMinor, taxByRate: { code: minor },
 *             totalMinor, tipMinor, paidMinor, refundedMinor, balanceDueMinor },
 *   tenders: [{ paymentId, type: CASH|CARD|PALM, status: APPROVED|OFFLINE_PENDING|DECLINED, amountMinor, tipMinor,
 *               changeMinor, token?, brand?, last4?, authCode?, declineReason?, at }],
 *   refunds: [{ refundId, amountMinor, refundTo, reason, staffId, at, lines: [{ lineId, quantity, amountMinor }] }],
 *   loyalty: { pointsEarned, pointsRedeemed, redemptions: [{ rewardId, points, lineId, valueMinor }] } }
 * </pre>
 * Stateless, thread-safe.
 */
public final class OrderPayload {
    public static final String SCHEMA = "palmpos.order.v1";

    private OrderPayload() {
    }

    public static String build(Order o, String event, LoyaltyPort.Points points) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("schema", SCHEMA).put("event", event).put("orderId", o.id()).put("number", o.number())
                .put("revision", o.revision()).put("storeId", o.storeId()).put("terminalId", o.terminalId())
                .put("mode", o.mode().name()).put("label", o.label()).put("status", o.status().name())
                .put("customerId", o.customerId()).put("staffId", o.staffId())
                .put("currency", o.currency().getCurrencyCode());
        time(root, "openedAt", o.openedAt());
        time(root, "updatedAt", o.updatedAt());
        time(root, "paidAt", o.paidAt());
        time(root, "completedAt", o.completedAt());
        root.put("voidReason", o.voidReason()).put("paymentDue", o.paymentDue());
        ArrayNode lines = root.putArray("lines");
        for (OrderLine l : o.lines()) {
            LineAmounts a = o.totals().line(l.lineId()).orElseThrow();
            ObjectNode n = lines.addObject().put("lineId", l.lineId()).put("itemId", l.itemId()).put("combo", l.combo())
                    .put("name", l.name()).put("categoryId", l.categoryId()).put("size", l.sizeName())
                    .put("quantity", l.quantity()).put("unitPriceMinor", l.unitPrice().minor());
            ArrayNode mods = n.putArray("modifiers");
            for (LineModifier m : l.modifiers()) {
                mods.addObject().put("groupId", m.groupId()).put("optionId", m.optionId()).put("name", m.name())
                        .put("priceMinor", m.price().minor());
            }
            ArrayNode components = n.putArray("components");
            l.components().forEach(components::add);
            n.put("note", l.note());
            time(n, "sentAt", l.sentAt());
            n.put("grossMinor", a.gross().minor()).put("discountMinor", a.discount().minor())
                    .put("netMinor", a.net().minor()).put("taxMinor", a.exclusiveTax().plus(a.inclusiveTax()).minor())
                    .put("totalMinor", a.total().minor());
        }
        ObjectNode totals = root.putObject("totals").put("subtotalMinor", o.totals().subtotal().minor())
                .put("discountMinor", o.totals().discounts().minor())
                .put("exclusiveTaxMinor", o.totals().exclusiveTax().minor())
                .put("inclusiveTaxMinor", o.totals().inclusiveTax().minor());
        ObjectNode byRate = totals.putObject("taxByRate");
        o.totals().taxByRate().forEach((code, m) -> byRate.put(code, m.minor()));
        totals.put("totalMinor", o.totals().total().minor()).put("tipMinor", o.tips().minor())
                .put("paidMinor", o.paid().minor()).put("refundedMinor", o.refunded().minor())
                .put("balanceDueMinor", o.balanceDue().minor());
        ArrayNode tenders = root.putArray("tenders");
        for (Tender t : o.tenders()) {
            ObjectNode n = tenders.addObject().put("paymentId", t.paymentId()).put("type", t.type().name())
                    .put("status", t.status().name()).put("amountMinor", t.amount().minor())
                    .put("tipMinor", t.tip().minor()).put("changeMinor", t.change().minor()).put("token", t.token())
                    .put("brand", t.brand()).put("last4", t.last4()).put("authCode", t.authCode())
                    .put("declineReason", t.declineReason());
            time(n, "at", t.at());
        }
        ArrayNode refunds = root.putArray("refunds");
        for (Refund r : o.refunds()) {
            ObjectNode n = refunds.addObject().put("refundId", r.refundId()).put("amountMinor", r.amount().minor())
                    .put("refundTo", r.refundTo().name()).put("reason", r.reason()).put("staffId", r.staffId());
            time(n, "at", r.at());
            ArrayNode rl = n.putArray("lines");
            r.lines().forEach(x -> rl.addObject().put("lineId", x.lineId()).put("quantity", x.quantity())
                    .put("amountMinor", x.amount().minor()));
        }
        ObjectNode loyalty = root.putObject("loyalty").put("pointsEarned", points.earned())
                .put("pointsRedeemed", points.redeemed());
        ArrayNode redemptions = loyalty.putArray("redemptions");
        for (Redemption r : o.redemptions()) {
            redemptions.addObject().put("rewardId", r.rewardId()).put("points", r.points()).put("lineId", r.lineId())
                    .put("valueMinor", r.value().minor());
        }
        return Json.write(root);
    }

    private static void time(ObjectNode node, String field, Instant at) {
        node.put(field, at == null ? null : at.toString());
    }
}
