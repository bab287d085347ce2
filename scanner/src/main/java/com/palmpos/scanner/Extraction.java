package com.palmpos.scanner;

import java.util.Objects;
import java.util.Optional;

/**
 * Result of {@link PalmEngine#extract}: a template, or the reason there is none. Immutable.
 */
public final class Extraction {
    private final PalmTemplate template;
    private final FailureReason failure;
    private final Quality quality;

    private Extraction(PalmTemplate template, FailureReason failure, Quality quality) {
        this.template = template;
        this.failure = failure;
        this.quality = quality;
    }

    /** A successful extraction. */
    public static Extraction of(PalmTemplate template, Quality quality) {
        return new Extraction(Objects.requireNonNull(template), null, Objects.requireNonNull(quality));
    }

    /** A failed extraction with its reason. */
    public static Extraction failed(FailureReason reason) {
        return new Extraction(null, Objects.requireNonNull(reason), null);
    }

    public boolean succeeded() {
        return template != null;
    }

    /** The template, empty if extraction failed. */
    public Optional<PalmTemplate> template() {
        return Optional.ofNullable(template);
    }

    /** Why extraction failed, empty if it succeeded. */
    public Optional<FailureReason> failure() {
        return Optional.ofNullable(failure);
    }

    /** Quality of the capture, empty if extraction failed. */
    public Optional<Quality> quality() {
        return Optional.ofNullable(quality);
    }

    @Override
    public String toString() {
        return succeeded() ? "Extraction[" + quality + "]" : "Extraction[failed: " + failure + "]";
    }
}
