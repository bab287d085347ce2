package com.palmpos.pos.enrollment;

import java.time.Clock;
import java.time.YearMonth;

/**
 * Demo mode's card reader: every "insertion" yields the processor's approving test card 4242 4242 4242 4242,
 * valid for three more years. Returns at once; thread-safe.
 */
public final class SimulatedCardReader implements CardReader {
    /** The test card number the cloud (and its emulator) approves. */
    public static final String TEST_CARD = "4242424242424242";

    private final Clock clock;

    public SimulatedCardReader(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CardEntry read() {
        YearMonth expiry = YearMonth.now(clock).plusYears(3);
        return new CardEntry(TEST_CARD, expiry.getMonthValue(), expiry.getYear(), "123");
    }
}
