package com.palmpos.pos.order;

import com.palmpos.pos.money.Money;
import java.time.Instant;

/**
 * A payment applied to an order. Card data is limited to the processor's token, the brand and the last four digits:
 * no card number ever reaches the terminal.
 *
 * @param amount        what this tender pays of the order total (for cash: after change)
 * @param tip           tip paid with this tender, on top of {@code amount}
 * @param cashGiven     cash handed over, or null for cards
 * @param change        cash given back, zero for cards
 * @param token         processor token of the card (card and palm), else null
 * @param authCode      the gateway's approval code, null while offline or declined
 * @param declineReason why the gateway refused a stored offline payment, else null
 */
public record Tender(String paymentId, TenderType type, Money amount, Money tip, Money cashGiven, Money change,
                     String token, String brand, String last4, TenderStatus status, String authCode,
                     String declineReason, Instant at) {
    public Tender {
        if (amount.isNegative() || tip.isNegative() || change.isNegative()) {
            throw new IllegalArgumentException("tender amounts must not be negative");
        }
        if (type.viaGateway() && (token == null || token.isBlank())) {
            throw new IllegalArgumentException(type + " tender needs a processor token");
        }
        if (last4 != null && !last4.matches("\\d{4}")) {
            throw new IllegalArgumentException("last4 must be four digits, was '" + last4 + "'");
        }
    }

    public Tender declined(String reason) {
        return toBuilder().status(TenderStatus.DECLINED).authCode(null).declineReason(reason).build();
    }

    public Tender approved(String code) {
        return toBuilder().status(TenderStatus.APPROVED).authCode(code).declineReason(null).build();
    }

    /**
     * Starts a tender: {@code Tender.builder(id, CASH).amount(a).tip(t).cash(given, change).at(now).build()} or
     * {@code Tender.builder(id, CARD).amount(a).tip(t).card(token, brand, last4).status(APPROVED).authCode(c)...}.
     * Tip and change default to zero of the amount's currency; the status defaults to {@link TenderStatus#APPROVED}.
     */
    public static Builder builder(String paymentId, TenderType type) {
        return new Builder(paymentId, type);
    }

    /** A builder holding this tender's fields, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(paymentId, type).amount(amount).tip(tip).cash(cashGiven, change)
                .card(token, brand, last4).status(status).authCode(authCode).declineReason(declineReason).at(at);
    }

    /** Builds a {@link Tender}; the record's checks run in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private final String paymentId;
        private final TenderType type;
        private Money amount;
        private Money tip;
        private Money cashGiven;
        private Money change;
        private String token;
        private String brand;
        private String last4;
        private TenderStatus status = TenderStatus.APPROVED;
        private String authCode;
        private String declineReason;
        private Instant at;

        private Builder(String paymentId, TenderType type) {
            this.paymentId = paymentId;
            this.type = type;
        }

        /** What this tender pays of the order total (for cash: after change). */
        public Builder amount(Money amount) {
            this.amount = amount;
            return this;
        }

        public Builder tip(Money tip) {
            this.tip = tip;
            return this;
        }

        /** Cash handed over and given back. */
        public Builder cash(Money given, Money change) {
            this.cashGiven = given;
            this.change = change;
            return this;
        }

        /** The processor's token of the card, its brand and last four digits (either may be null). */
        public Builder card(String token, String brand, String last4) {
            this.token = token;
            this.brand = brand;
            this.last4 = last4;
            return this;
        }

        public Builder status(TenderStatus status) {
            this.status = status;
            return this;
        }

        public Builder authCode(String authCode) {
            this.authCode = authCode;
            return this;
        }

        public Builder declineReason(String declineReason) {
            this.declineReason = declineReason;
            return this;
        }

        public Builder at(Instant at) {
            this.at = at;
            return this;
        }

        public Tender build() {
            java.util.Objects.requireNonNull(amount, "amount");
            Money zero = Money.zero(amount.currency());
            return new Tender(paymentId, type, amount, tip == null ? zero : tip, cashGiven,
                    change == null ? zero : change, token, brand, last4, status, authCode, declineReason, at);
        }
    }
}
