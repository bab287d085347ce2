package com.palmpos.ui.internal.session;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Order;
import com.palmpos.scanner.capture.GuidanceHint;
import java.util.Objects;

/**
 * What the customer-facing display shows, chosen by the counter's journeys (set on
 * {@link com.palmpos.ui.internal.session.CounterSession#companionPageProperty()}) and drawn by the companion
 * window. Immutable records; callbacks run on the FX thread.
 */
public sealed interface CompanionPage {

    /** Who the next palm event is for while this page is shown; customer recognition unless the page says else. */
    default PalmOwner palmOwner() {
        return PalmOwner.RECOGNITION;
    }

    /** Between customers: welcome and "hold your open hand over the reader". */
    record Idle() implements CompanionPage {
    }

    /** The reader sees a hand that is not usable yet. */
    record Guidance(GuidanceHint hint) implements CompanionPage {
        public Guidance {
            Objects.requireNonNull(hint, "hint");
        }
    }

    /**
     * A recognised customer: "Welcome back, Anna" (or "Welcome, Anna" right after enrolling).
     *
     * @param returning       the customer has been here before (else just enrolled, or never bought anything)
     * @param favouritesReady the cashier's screen offers their favourites
     */
    record Greeting(String firstName, long points, boolean returning, boolean favouritesReady)
            implements CompanionPage {
        public Greeting {
            Objects.requireNonNull(firstName, "firstName");
        }

        /** A customer who has just enrolled: welcomed, nothing to reorder yet. */
        public static Greeting newCustomer(String firstName, long points) {
            return new Greeting(firstName, points, false, false);
        }
    }

    /**
     * The order as it is rung up: the cashier's lines with their modifiers and discounts, the totals and the order
     * number, and where its payment is.
     *
     * @param payment what the customer is told about paying; {@link Payment#NONE} while ordering
     */
    record Cart(Order order, Payment payment) implements CompanionPage {
        /** Once its payment has started, the palm belongs to the payment. */
        @Override
        public PalmOwner palmOwner() {
            return payment.state() == Payment.State.NONE ? PalmOwner.RECOGNITION : PalmOwner.PAYMENT;
        }

        public Cart {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(payment, "payment");
        }

        /** The order while it is rung up, before the pay screen opens. */
        public Cart(Order order) {
            this(order, Payment.NONE);
        }
    }

    /**
     * The payment as the customer display states it.
     *
     * @param state  due, approved or paid
     * @param amount what is due ({@link State#DUE}), else what was paid
     * @param change cash to hand back (zero for cards and palm)
     */
    record Payment(State state, Money amount, Money change) {
        /** Nothing asked yet. */
        public static final Payment NONE = new Payment(State.NONE, null, null);

        public enum State { NONE, DUE, APPROVED, PAID }

        public Payment {
            Objects.requireNonNull(state, "state");
            if (state != State.NONE) {
                Objects.requireNonNull(amount, "amount");
                Objects.requireNonNull(change, "change");
            }
        }

        public static Payment due(Money amount) {
            return new Payment(State.DUE, amount, Money.zero(amount.currency()));
        }

        /** A card or palm payment was approved (or taken offline, which the customer need not worry about). */
        public static Payment approved(Money amount) {
            return new Payment(State.APPROVED, amount, Money.zero(amount.currency()));
        }

        /** Paid in cash, with {@code change} to hand back. */
        public static Payment paidCash(Money amount, Money change) {
            return new Payment(State.PAID, amount, change);
        }
    }

    /** Payment: "show your palm again to pay {amount}". */
    record PayWithPalm(Money amount) implements CompanionPage {
        @Override
        public PalmOwner palmOwner() {
            return PalmOwner.PAYMENT;
        }

        public PayWithPalm {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * The biometric consent notice with accept and decline buttons (the customer answers on this screen).
     *
     * @param noticeVersion version of the notice text, recorded with the answer
     */
    record Consent(String noticeVersion, String noticeText, Runnable onAccept, Runnable onDecline)
            implements CompanionPage {
        @Override
        public PalmOwner palmOwner() {
            return PalmOwner.ENROLLMENT;
        }

        public Consent {
            Objects.requireNonNull(noticeVersion, "noticeVersion");
            Objects.requireNonNull(noticeText, "noticeText");
            Objects.requireNonNull(onAccept, "onAccept");
            Objects.requireNonNull(onDecline, "onDecline");
        }
    }

    /** Enrollment captures: progress and what to do next. */
    record EnrollCapture(int captured, int required, String instruction) implements CompanionPage {
        @Override
        public PalmOwner palmOwner() {
            return PalmOwner.ENROLLMENT;
        }

        public EnrollCapture {
            Objects.requireNonNull(instruction, "instruction");
        }
    }

    /** Any short message for the customer (e.g. "Card declined, please pay another way"). */
    record Message(String headline, String text) implements CompanionPage {
        public Message {
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(text, "text");
        }
    }

    /** After payment. */
    record ThankYou(String firstName) implements CompanionPage {
    }
}
