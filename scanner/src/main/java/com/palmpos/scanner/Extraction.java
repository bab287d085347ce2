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
    private final PalmLocation location;

    private Extraction(PalmTemplate template, FailureReason failure, Quality quality, PalmLocation location) {
        this.template = template;
        this.failure = failure;
        this.quality = quality;
        this.location = location;
    }

    /** A successful extraction. */
    public static Extraction of(PalmTemplate template, Quality quality) {
        return new Extraction(Objects.requireNonNull(template), null, Objects.requireNonNull(quality), null);
    }

    /** A successful extraction from a hand frame, with where the palm was found. */
    public static Extraction of(PalmTemplate template, Quality quality, PalmLocation location) {
        return new Extraction(Objects.requireNonNull(template), null, Objects.requireNonNull(quality),
                Objects.requireNonNull(location));
    }

    /** A failed extraction with its reason. */
    public static Extraction failed(FailureReason reason) {
        return new Extraction(null, Objects.requireNonNull(reason), null, null);
    }

    /** A failed extraction of a palm that was found (too far, too close, blurred...), with where it was found. */
    public static Extraction failed(FailureReason reason, PalmLocation location) {
        return new Extraction(null, Objects.requireNonNull(reason), null, Objects.requireNonNull(location));
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

    /**
     * Where the palm detector found the palm (hand frames only); empty for ROI input, for {@link FailureReason#NO_HAND}
     * and for the classic skin-colour pipeline.
     */
    public Optional<PalmLocation> location() {
        return Optional.ofNullable(location);
    }

    @Override
    public String toString() {
        return succeeded() ? "Extraction[" + quality + "]" : "Extraction[failed: " + failure + "]";
    }
}
