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

    /**
     * The same test card the enrollment's simulated reader reads (one demo device); kept only to derive what a
     * receipt may show.
     */
    private static final String TEST_CARD = com.palmpos.pos.enrollment.SimulatedCardReader.TEST_CARD;

    @Override
    public CardDetails read() {
        String last4 = TEST_CARD.substring(TEST_CARD.length() - 4);
        return new CardDetails(TenderType.CARD, "tok_sim_" + UUID.randomUUID(), "Visa", last4);
    }
}
