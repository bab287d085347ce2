package com.palmpos.pos.enrollment;

import com.palmpos.pos.customer.LinkedCard;

/**
 * The port to the card processor's tokenizer, implemented by the sync module against the cloud. The card number goes
 * to the processor and nowhere else; what comes back (token, brand, last four) is all the terminal keeps. Blocks on
 * the network: never call it on the FX thread. Implementations are thread-safe and never log the card.
 */
public interface CardTokenizer {

    /**
     * Exchanges {@code card} for the processor's token.
     *
     * @throws EnrollmentException {@link EnrollmentProblem#CARD_REJECTED} when the processor refuses the card,
     *                             {@link EnrollmentProblem#OFFLINE} when it cannot be reached
     */
    LinkedCard tokenize(CardEntry card);
}
