package com.palmpos.ui.internal.customer;

import java.util.Objects;

/** What the customer panel shows about the person at the counter. Immutable records. */
public sealed interface RecognitionState {

    /** Nobody identified yet (the panel's empty state). */
    record Waiting() implements RecognitionState {
    }

    /** A palm was matched; the profile is being read. */
    record Loading() implements RecognitionState {
    }

    /** A returning customer, with what the panel offers them. */
    record Recognised(CustomerSnapshot customer) implements RecognitionState {
        public Recognised {
            Objects.requireNonNull(customer, "customer");
        }
    }

    /** A palm was read well but matches nobody enrolled here: offer enrollment. */
    record NotRecognised() implements RecognitionState {
    }
}
