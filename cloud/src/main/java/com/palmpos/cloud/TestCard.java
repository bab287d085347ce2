package com.palmpos.cloud;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The emulator's deterministic test cards (Stripe-style numbers). Any other number passing the Luhn check approves.
 */
public enum TestCard {
    /** Approves. */
    APPROVES("4242424242424242", Duration.ZERO, null),
    /** Declines with {@code card_declined}. */
    DECLINES("4000000000000002", Duration.ZERO, "card_declined"),
    /** Declines with {@code insufficient_funds}. */
    INSUFFICIENT_FUNDS("4000000000009995", Duration.ZERO, "insufficient_funds"),
    /** Approves after three seconds, to exercise timeouts and the "still waiting" screen. */
    SLOW("4000000000000077", Duration.ofSeconds(3), null);

    private final String pan;
    private final Duration delay;
    private final String declineCode;

    TestCard(String pan, Duration delay, String declineCode) {
        this.pan = pan;
        this.delay = delay;
        this.declineCode = declineCode;
    }

    public String pan() {
        return pan;
    }

    public Duration delay() {
        return delay;
    }

    /** Why authorizations on this card are declined, if they are. */
    public Optional<String> declineCode() {
        return Optional.ofNullable(declineCode);
    }

    /** The behaviour of {@code pan}: a listed test card, else {@link #APPROVES}. */
    public static TestCard forPan(String pan) {
        return Arrays.stream(values()).filter(card -> card.pan.equals(pan)).findFirst().orElse(APPROVES);
    }
}
