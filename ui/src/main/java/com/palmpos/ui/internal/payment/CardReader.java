package com.palmpos.ui.internal.payment;

import com.palmpos.pos.payment.CardDetails;

/**
 * The card terminal next to the till: the customer taps or inserts a card and the reader hands back the processor
 * token with brand and last four digits (never the card number). Blocks until a card is read: call it through the
 * task runner. Implementations are thread-safe.
 *
 * <p>Deliberately not the same port as {@code pos.enrollment.CardReader}, although one device serves both: paying
 * gets a one-time token from a point-to-point-encrypting terminal, so the card number never enters PalmPOS (PCI
 * scope), while enrollment reads the card ({@code CardEntry}) for the cloud's card-on-file tokenizer. One port would
 * either hand card numbers to the payment path or need the device to mint card-on-file tokens (a cloud contract
 * change). A hardware driver implements both interfaces on one device object.
 */
@FunctionalInterface
public interface CardReader {

    /**
     * @throws IllegalStateException with a sentence for the cashier when no card could be read
     */
    CardDetails read();
}
