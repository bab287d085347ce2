package com.palmpos.pos.privacy;

import com.palmpos.pos.payment.PaymentOutcome;

/** What became of a palm payment attempt. */
public sealed interface PalmPaymentResult {
    /** The payment went to the gateway; {@code outcome} says whether it was approved, stored offline or declined. */
    record Charged(PaymentOutcome outcome) implements PalmPaymentResult {
    }

    /** The amount needs the second factor: ask for the last four digits of the customer's phone and call again. */
    record SecondFactorNeeded() implements PalmPaymentResult {
    }

    /** The second factor failed (wrong digits, too many attempts, no phone on file): nothing was charged. */
    record SecondFactorFailed(SecondFactorResult reason) implements PalmPaymentResult {
    }
}
