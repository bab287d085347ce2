package com.palmpos.ui.port;

import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.payment.CardDetails;
import java.util.UUID;

/**
 * The card terminal next to the till as the pay screen sees it: the customer taps or inserts a card and the terminal
 * hands back the processor's token with brand and last four digits, never the card number. Blocks until a card is
 * read (the screens call it through the task runner). Implementations are thread-safe.
 *
 * <p>Deliberately not the same port as {@code pos.enrollment.CardReader}, although one device serves both: paying
 * gets a one-time token from a point-to-point-encrypting terminal, so the card number never enters PalmPOS (PCI
 * scope), while enrollment reads the card ({@code CardEntry}) for the cloud's card-on-file tokenizer. A hardware
 * driver implements both interfaces on one device object; the application chooses it ({@code app/wiring}).
 */
@FunctionalInterface
public interface CardTerminal {

    /**
     * Reads the next card.
     *
     * @throws RuntimeException a {@link com.palmpos.pos.Refused} one with a sentence for the cashier when no card
     *     could be read
     */
    CardDetails read();

    /**
     * Test card 4242 with a token made on the spot, which only a scripted gateway accepts: for screen tests. The
     * application wires {@link com.palmpos.ui.DemoCardTerminal} (tokenized by the processor) or a hardware driver.
     */
    static CardTerminal localTestCard() {
        return () -> new CardDetails(TenderType.CARD, "tok_local_" + UUID.randomUUID(), "Visa", "4242");
    }
}
