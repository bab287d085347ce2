package com.palmpos.scanner;

import java.util.ArrayList;
import java.util.List;
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
    private final CaptureAdvice advice;
    private final List<PalmTemplate> turned;

    private Extraction(PalmTemplate template, FailureReason failure, Quality quality, PalmLocation location,
            CaptureAdvice advice) {
        this(template, failure, quality, location, advice, List.of());
    }

    private Extraction(PalmTemplate template, FailureReason failure, Quality quality, PalmLocation location,
            CaptureAdvice advice, List<PalmTemplate> turned) {
        this.turned = List.copyOf(turned);
        this.template = template;
        this.failure = failure;
        this.quality = quality;
        this.location = location;
        this.advice = advice;
    }

    /** A successful extraction. */
    public static Extraction of(PalmTemplate template, Quality quality) {
        return new Extraction(Objects.requireNonNull(template), null, Objects.requireNonNull(quality), null,
                quality.advice().orElse(null));
    }

    /** A successful extraction from a hand frame, with where the palm was found. */
    public static Extraction of(PalmTemplate template, Quality quality, PalmLocation location) {
        return new Extraction(Objects.requireNonNull(template), null, Objects.requireNonNull(quality),
                Objects.requireNonNull(location), quality.advice().orElse(null));
    }

    /**
     * A successful extraction from a hand frame with the probe's turned codes (see {@link #probes()}).
     */
    public static Extraction of(PalmTemplate template, Quality quality, PalmLocation location,
            List<PalmTemplate> turned) {
        return new Extraction(Objects.requireNonNull(template), null, Objects.requireNonNull(quality),
                Objects.requireNonNull(location), quality.advice().orElse(null), turned);
    }

    /** A failed extraction with its reason. */
    public static Extraction failed(FailureReason reason) {
        return new Extraction(null, Objects.requireNonNull(reason), null, null, CaptureAdvice.of(reason));
    }

    /** A failed extraction of a palm that was found (too far, too close, blurred...), with where it was found. */
    public static Extraction failed(FailureReason reason, PalmLocation location) {
        return new Extraction(null, Objects.requireNonNull(reason), null, Objects.requireNonNull(location),
                CaptureAdvice.of(reason));
    }

    /**
     * A failed extraction with more specific advice than the reason's own (too dark rather than bad exposure);
     * {@code location} may be null (no palm detector).
     */
    public static Extraction failed(FailureReason reason, PalmLocation location, CaptureAdvice advice) {
        return new Extraction(null, Objects.requireNonNull(reason), null, location, Objects.requireNonNull(advice));
    }

    public boolean succeeded() {
        return template != null;
    }

    /** The template, empty if extraction failed. */
    public Optional<PalmTemplate> template() {
        return Optional.ofNullable(template);
    }

    /**
     * What to search with when this capture identifies or verifies a customer: the template, then the same palm
     * square coded turned both ways by {@link HandDetection#probeTurn()} (hand frames extracted for identification;
     * {@link PalmMatcher#distance(PalmTemplate, List)} and {@link PalmGallery#identify(List)} take the best).
     * Enroll and store only {@link #template()}. Empty if extraction failed.
     */
    public List<PalmTemplate> probes() {
        if (template == null) {
            return List.of();
        }
        List<PalmTemplate> all = new ArrayList<>(1 + turned.size());
        all.add(template);
        all.addAll(turned);
        return List.copyOf(all);
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

    /**
     * What the customer should change: for a failure, what would remove it; for a usable capture whose
     * {@link Quality#score()} is below {@link Quality#GOOD}, what would raise its weakest part; empty for a good
     * capture.
     */
    public Optional<CaptureAdvice> advice() {
        return Optional.ofNullable(advice);
    }

    @Override
    public String toString() {
        return succeeded() ? "Extraction[" + quality + "]" : "Extraction[failed: " + failure + "]";
    }
}
