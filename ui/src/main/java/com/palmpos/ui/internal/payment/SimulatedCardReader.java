package com.palmpos.ui.internal.payment;

import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.payment.CardDetails;
import java.util.UUID;

/**
 * A card reader for demos and tests that always reads the processor's test card (Visa ending 4242). Like a real
 * reader it tokenises on the device: only a one-time token, brand and last four digits leave it, so the number is
 * never logged or stored. Thread-safe.
 */
public final class SimulatedCardReader implements CardReader {

    /** The processor's universal test card; kept only to derive what a receipt may show. */
    private static final String TEST_CARD = "4242424242424242";

    @Override
    public CardDetails read() {
        String last4 = TEST_CARD.substring(TEST_CARD.length() - 4);
        return new CardDetails(TenderType.CARD, "tok_sim_" + UUID.randomUUID(), "Visa", last4);
    }
}
