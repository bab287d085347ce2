package com.palmpos.cloud.internal;

import com.palmpos.sync.api.AuthorizeRequest;
import com.palmpos.sync.api.CaptureRequest;
import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.api.Payment;
import com.palmpos.cloud.TestCard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** Card tokenization, authorization and capture with the deterministic {@link TestCard}s. No card number is kept. */
public final class PaymentApi {

    public List<Route> routes() {
        return List.of(
                Route.of("POST", "/v1/cards/tokens", true, this::tokenize),
                Route.of("POST", "/v1/payments/authorizations", true, this::authorize),
                Route.of("POST", "/v1/payments/{payment}/capture", true, this::capture),
                Route.of("POST", "/v1/payments/{payment}/void", true, this::voidPayment));
    }

    private Reply tokenize(Call call, Connection tx) throws SQLException {
        CardTokenizeRequest request = call.body(CardTokenizeRequest.class);
        String pan = request.pan() == null ? "" : request.pan().replace(" ", "");
        if (!pan.matches("[0-9]{12,19}") || !luhn(pan)) {
            throw ApiError.unprocessable("invalid-card-number", "the card number is not valid: check the digits");
        }
        if (request.expMonth() < 1 || request.expMonth() > 12 || request.expYear() < 2000) {
            throw ApiError.unprocessable("invalid-expiry", "expMonth must be 1..12 and expYear four digits");
        }
        String token = Ids.id("tok");
        String brand = pan.startsWith("4") ? "VISA" : pan.startsWith("5") ? "MASTERCARD" : "CARD";
        String last4 = pan.substring(pan.length() - 4);
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO card (token, brand, last4, exp_month, exp_year,"
                + " behaviour, chain_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, token);
            insert.setString(2, brand);
            insert.setString(3, last4);
            insert.setInt(4, request.expMonth());
            insert.setInt(5, request.expYear());
            insert.setString(6, TestCard.forPan(pan).name());
            insert.setString(7, call.caller().chainId());
            insert.executeUpdate();
        }
        return Reply.created(new CardToken(token, brand, last4, request.expMonth(), request.expYear()));
    }

    private Reply authorize(Call call, Connection tx) throws SQLException {
        AuthorizeRequest request = call.body(AuthorizeRequest.class);
        if (request.orderId() == null || request.amountMinor() <= 0 || request.currency() == null
                || !request.currency().matches("[A-Z]{3}")) {
            throw ApiError.unprocessable("invalid-amount", "orderId, a positive amountMinor and an ISO 4217 currency are required");
        }
        String[] card = requireCard(tx, request.cardToken(), call.caller());
        TestCard behaviour = TestCard.valueOf(card[2]);
        sleep(behaviour);
        String decline = behaviour.declineCode().orElse(null);
        Payment payment = new Payment(Ids.id("pay"), request.orderId(), decline == null ? Payment.AUTHORIZED : Payment.DECLINED,
                request.amountMinor(), 0, request.currency(), card[0], card[1], decline);
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO payment (payment_id, order_id, card_token, status,"
                + " amount_minor, currency, decline_code, created_at, store_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, payment.paymentId());
            insert.setString(2, payment.orderId());
            insert.setString(3, request.cardToken());
            insert.setString(4, payment.status());
            insert.setLong(5, payment.amountMinor());
            insert.setString(6, payment.currency());
            insert.setString(7, decline);
            insert.setTimestamp(8, Timestamp.from(call.now()));
            insert.setString(9, call.caller().storeId());
            insert.executeUpdate();
        }
        return Reply.created(payment);
    }

    private Reply capture(Call call, Connection tx) throws SQLException {
        String paymentId = call.path().get("payment");
        CaptureRequest request = call.body(CaptureRequest.class);
        try (PreparedStatement select = tx.prepareStatement("SELECT p.order_id, p.status, p.amount_minor, p.currency,"
                + " c.brand, c.last4 FROM payment p JOIN card c ON c.token = p.card_token WHERE p.payment_id = ? AND p.store_id = ? FOR UPDATE")) {
            select.setString(1, paymentId);
            select.setString(2, call.caller().storeId());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw ApiError.notFound("payment " + paymentId);
                }
                if (!Payment.AUTHORIZED.equals(rs.getString(2))) {
                    throw ApiError.conflict("payment-not-capturable", "payment " + paymentId + " is " + rs.getString(2)
                            + ": only an AUTHORIZED payment can be captured");
                }
                if (request.amountMinor() <= 0 || request.amountMinor() > rs.getLong(3)) {
                    throw ApiError.unprocessable("capture-exceeds-authorization", "capture 1.." + rs.getLong(3)
                            + " minor units, not " + request.amountMinor());
                }
                try (PreparedStatement update = tx.prepareStatement(
                        "UPDATE payment SET status = 'CAPTURED', captured_minor = ? WHERE payment_id = ?")) {
                    update.setLong(1, request.amountMinor());
                    update.setString(2, paymentId);
                    update.executeUpdate();
                }
                return Reply.ok(new Payment(paymentId, rs.getString(1), Payment.CAPTURED, rs.getLong(3),
                        request.amountMinor(), rs.getString(4), rs.getString(5), rs.getString(6), null));
            }
        }
    }

    private Reply voidPayment(Call call, Connection tx) throws SQLException {
        String paymentId = call.path().get("payment");
        try (PreparedStatement select = tx.prepareStatement("SELECT p.order_id, p.status, p.amount_minor, p.currency,"
                + " c.brand, c.last4 FROM payment p JOIN card c ON c.token = p.card_token WHERE p.payment_id = ? AND p.store_id = ? FOR UPDATE")) {
            select.setString(1, paymentId);
            select.setString(2, call.caller().storeId());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw ApiError.notFound("payment " + paymentId);
                }
                String status = rs.getString(2);
                if (!Payment.AUTHORIZED.equals(status) && !Payment.VOIDED.equals(status)) {
                    throw ApiError.conflict("payment-not-voidable", "payment " + paymentId + " is " + status
                            + ": only an AUTHORIZED payment can be voided");
                }
                try (PreparedStatement update = tx.prepareStatement(
                        "UPDATE payment SET status = 'VOIDED' WHERE payment_id = ?")) {
                    update.setString(1, paymentId);
                    update.executeUpdate();
                }
                return Reply.ok(new Payment(paymentId, rs.getString(1), Payment.VOIDED, rs.getLong(3), 0,
                        rs.getString(4), rs.getString(5), rs.getString(6), null));
            }
        }
    }

    /** {brand, last4, behaviour} of a token of the caller's chain; 404 if unknown or another chain's. */
    static String[] requireCard(Connection tx, String token, Caller caller) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT brand, last4, behaviour FROM card WHERE token = ? AND chain_id = ?")) {
            select.setString(1, token);
            select.setString(2, caller.chainId());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw ApiError.notFound("card token " + token + ": tokenize the card first (POST /v1/cards/tokens)");
                }
                return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
            }
        }
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static void sleep(TestCard card) {
        if (card.delay().isZero()) {
            return;
        }
        try {
            Thread.sleep(card.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
