package com.palmpos.pos.loyalty;

import com.palmpos.pos.loyalty.internal.LedgerRepository;
import com.palmpos.pos.order.LoyaltyPort;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.Redemption;
import com.palmpos.pos.order.Refund;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Writes an order's points to the ledger inside the order's own transaction. Each entry is keyed by (order, kind, ref),
 * so posting the same order twice (a retry, a second save, a re-sync) changes nothing. It is the order ledger's
 * {@link LoyaltyPort}: build one per terminal and give it to the {@code OrderLedger} and the {@link LoyaltyService}.
 * Stateless; thread-safe.
 */
public final class LoyaltyPosting implements LoyaltyPort {
    private final LoyaltySettings settings;
    private final LedgerRepository ledger;

    public LoyaltyPosting(LoyaltySettings settings) {
        this(settings, new LedgerRepository());
    }

    LoyaltyPosting(LoyaltySettings settings, LedgerRepository ledger) {
        this.settings = settings;
        this.ledger = ledger;
    }

    /** The store's loyalty settings (rate, catalogue, on or off). */
    public LoyaltySettings settings() {
        return settings;
    }

    @Override
    public Points pointsOf(Connection c, String orderId) throws SQLException {
        LedgerRepository.OrderPoints points = ledger.pointsOf(c, orderId);
        return new Points(points.earned(), points.redeemed());
    }

    /** Net points of a customer's entries recorded after {@code after} (all entries when null). */
    long sumAfter(Connection c, String customerId, Instant after) throws SQLException {
        return ledger.sumAfter(c, customerId, after);
    }

    /**
     * Points the order earns: {@code pointsPerUnit} per whole currency unit of its total without taxes (discounts
     * already taken off, tips not included), rounded down.
     */
    public long pointsFor(Order order) {
        if (!settings.enabled() || order.customerId() == null) {
            return 0;
        }
        long eligible = order.totals().total().minus(order.totals().exclusiveTax()).minus(order.totals().inclusiveTax()).minor();
        long unit = BigInteger.TEN.pow(order.currency().getDefaultFractionDigits()).longValueExact();
        return Math.max(0, Math.multiplyExact(eligible, settings.pointsPerUnit()) / unit);
    }

    /** Records earned points and redemptions of a paid order, once. */
    @Override
    public void onPaid(Connection c, Order order, Instant at) throws SQLException {
        if (order.customerId() == null) {
            return;
        }
        long points = pointsFor(order);
        if (points > 0) {
            ledger.recordOnce(c, order.customerId(), order.id(), LedgerRepository.EARN, "", points, at);
        }
        for (Redemption r : order.redemptions()) {
            ledger.recordOnce(c, order.customerId(), order.id(), LedgerRepository.REDEEM, r.rewardId() + "/" + r.lineId(),
                    -r.points(), at);
        }
    }

    /**
     * Takes back the points earned on refunded money. Computed cumulatively (points earned x refunded so far / total,
     * minus what was already taken back) so that refunding everything in parts takes back exactly what was earned.
     */
    @Override
    public void onRefund(Connection c, Order order, Refund refund, Instant at) throws SQLException {
        if (order.customerId() == null || order.totals().total().isZero()) {
            return;
        }
        LedgerRepository.OrderPoints before = ledger.pointsOf(c, order.id());
        long earnedOriginally = earned(c, order);
        long shouldBeReversed = BigInteger.valueOf(earnedOriginally).multiply(BigInteger.valueOf(order.refunded().minor()))
                .divide(BigInteger.valueOf(order.totals().total().minor())).longValueExact();
        long alreadyReversed = earnedOriginally - before.earned();
        long reverse = shouldBeReversed - alreadyReversed;
        if (reverse > 0) {
            ledger.recordOnce(c, order.customerId(), order.id(), LedgerRepository.REVERSE, refund.refundId(), -reverse, at);
        }
    }

    private long earned(Connection c, Order order) throws SQLException {
        return ledger.earnedOnly(c, order.id());
    }
}
