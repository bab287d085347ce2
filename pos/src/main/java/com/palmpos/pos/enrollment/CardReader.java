package com.palmpos.pos.enrollment;

/**
 * The counter's card reader: waits for a card to be inserted (or tapped) and reads it. Implementations block until a
 * card is read or the wait is abandoned: call off the FX thread. A real reader is a hardware driver; demo mode uses
 * {@link SimulatedCardReader}.
 */
public interface CardReader {

    /**
     * Reads the next card.
     *
     * @throws EnrollmentException {@link EnrollmentProblem#INVALID_INPUT} if the card cannot be read (insert it again)
     */
    CardEntry read();
}
