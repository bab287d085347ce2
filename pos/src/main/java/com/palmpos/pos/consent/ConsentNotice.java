package com.palmpos.pos.consent;

import java.util.Locale;
import java.util.Objects;

/**
 * One version of the plain-language biometric consent notice, in one language: what is collected, why, how long it
 * is kept and how to delete it. The version is what a consent record names, so a published text never changes.
 *
 * @param version  e.g. {@code bio-2026-11}
 * @param language the language actually served (the fallback when the requested one has no translation)
 * @param text     the notice as shown to the customer
 */
public record ConsentNotice(String version, Locale language, String text) {
    public ConsentNotice {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(language, "language");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("consent notice " + version + " has no text");
        }
    }

    /** The first line, for a screen title. */
    public String title() {
        return text.strip().lines().findFirst().orElse(version);
    }
}
