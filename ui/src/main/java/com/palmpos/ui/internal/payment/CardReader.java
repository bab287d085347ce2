package com.palmpos.ui.internal.payment;

import com.palmpos.pos.payment.CardDetails;

/**
 * The card terminal next to the till: the customer taps or inserts a card and the reader hands back the processor
 * token with brand and last four digits (never the card number). Blocks until a card is read: call it through the
 * task runner. Implementations are thread-safe.
 */
@FunctionalInterface
public interface CardReader {

    /**
     * @throws IllegalStateException with a sentence for the cashier when no card could be read
     */
    CardDetails read();
}
