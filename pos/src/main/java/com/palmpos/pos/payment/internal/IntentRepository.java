package com.palmpos.pos.payment.internal;

import com.palmpos.pos.money.Money;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Rows of {@code payment_intents}: a card payment committed before the processor is asked. Stateless. */
public final class IntentRepository {

    /** One intent: what was (about to be) asked of the processor, under {@code paymentId} as idempotency key. */
    public record Intent(String paymentId, String orderId, Money amount, Money tip, String cardToken) {
    }

    public void open(Connection c, Intent intent, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO payment_intents (payment_id, order_id,"
                + " amount_minor, tip_minor, currency, card_token, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)")) {
            insert.setString(1, intent.paymentId());
            insert.setString(2, intent.orderId());
            insert.setLong(3, intent.amount().minor());
            insert.setLong(4, intent.tip().minor());
            insert.setString(5, intent.amount().currency().getCurrencyCode());
            insert.setString(6, intent.cardToken());
            insert.setTimestamp(7, Timestamp.from(now));
            insert.executeUpdate();
        }
    }

    /** Closes an OPEN intent as {@code status} ({@code RECORDED}, {@code DECLINED}, {@code VOIDED}); false if not open. */
    public boolean resolve(Connection c, String paymentId, String status, String note, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE payment_intents SET status = ?, note = ?,"
                + " resolved_at = ? WHERE payment_id = ? AND status = 'OPEN'")) {
            update.setString(1, status);
            update.setString(2, note);
            update.setTimestamp(3, Timestamp.from(now));
            update.setString(4, paymentId);
            return update.executeUpdate() == 1;
        }
    }

    public List<Intent> listOpen(Connection c) throws SQLException {
        List<Intent> open = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT payment_id, order_id, amount_minor, tip_minor, currency,"
                + " card_token FROM payment_intents WHERE status = 'OPEN' ORDER BY created_at");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Currency currency = Currency.getInstance(rs.getString(5));
                open.add(new Intent(rs.getString(1), rs.getString(2), Money.ofMinor(rs.getLong(3), currency),
                        Money.ofMinor(rs.getLong(4), currency), rs.getString(6)));
            }
        }
        return open;
    }

    /** The status of intent {@code paymentId}, or {@code null} if there is none. */
    public String status(Connection c, String paymentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT status FROM payment_intents WHERE payment_id = ?")) {
            select.setString(1, paymentId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
