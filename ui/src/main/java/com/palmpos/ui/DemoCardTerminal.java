package com.palmpos.ui;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedStateException;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.enrollment.CardReader;
import com.palmpos.pos.enrollment.CardTokenizer;
import com.palmpos.pos.enrollment.EnrollmentException;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.payment.CardDetails;
import com.palmpos.ui.port.CardTerminal;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode's card terminal: reads the demo card (test card 4242 from the simulated reader) and has the processor
 * tokenize it once, as a real terminal's processor integration does, so the processor (or the PalmPOS cloud) authorizes
 * the payments. The token is kept for the next payments, so a demo terminal that lost the connection still takes
 * cards offline (forwarded later); before the first token the cashier is told to take cash. Blocks on the network
 * on the first read only; thread-safe.
 */
public final class DemoCardTerminal implements CardTerminal {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCardTerminal.class);

    private final CardReader reader;
    private final CardTokenizer tokenizer;
    private LinkedCard token;

    /**
     * @param reader    the simulated reader (its card is only handed to the tokenizer)
     * @param tokenizer the processor's tokenizer (the cloud's)
     */
    public DemoCardTerminal(CardReader reader, CardTokenizer tokenizer) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    }

    @Override
    public CardDetails read() {
        LinkedCard card = token();
        return new CardDetails(TenderType.CARD, card.token(), card.brand(), card.last4());
    }

    private synchronized LinkedCard token() {
        if (token == null) {
            try {
                token = tokenizer.tokenize(reader.read());
            } catch (EnrollmentException e) {
                LOG.warn("The demo card could not be tokenized ({}): {}", e.problem(), e.getMessage());
                throw new RefusedStateException(RefusalCode.CARD_READER_UNAVAILABLE,
                        "the card terminal could not reach the card processor: take cash or try again");
            }
        }
        return token;
    }
}
