package com.palmpos.ui.port;

import java.util.Objects;

/**
 * The biometric consent notice shown to the customer: what is collected, why, how long it is kept, how to delete
 * it. The version is recorded with the customer's answer.
 */
public record ConsentText(String version, String text) {
    public ConsentText {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a consent notice needs its version");
        }
        Objects.requireNonNull(text, "text");
    }
}
