package com.palmpos.scanner.capture;

import com.palmpos.scanner.PalmTemplate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a {@link FrameAnalyzer} found in one frame. Immutable records. */
public sealed interface Analysis {

    /** Where the hand is, if one was seen. */
    Optional<PalmBox> box();

    /** Nothing hand-like in the frame. */
    record NoHand() implements Analysis {
        @Override
        public Optional<PalmBox> box() {
            return Optional.empty();
        }
    }

    /** A hand, but not usable as it is held. */
    record NeedsGuidance(GuidanceHint hint, PalmBox hand) implements Analysis {
        public NeedsGuidance {
            Objects.requireNonNull(hint, "hint");
        }

        @Override
        public Optional<PalmBox> box() {
            return Optional.ofNullable(hand);
        }
    }

    /**
     * A usable capture: its template, quality 0..1, and the codes to search with ({@code probes}: the template
     * first, then the turned codes of {@link com.palmpos.scanner.Extraction#probes()}).
     */
    record Candidate(PalmTemplate template, double quality, PalmBox hand, List<PalmTemplate> probes)
            implements Analysis {
        public Candidate {
            Objects.requireNonNull(template, "template");
            probes = List.copyOf(probes);
            if (probes.isEmpty() || !probes.get(0).equals(template)) {
                throw new IllegalArgumentException("a candidate's probe codes start with its template");
            }
        }

        /** A candidate that searches with its template alone. */
        public Candidate(PalmTemplate template, double quality, PalmBox hand) {
            this(template, quality, hand, List.of(Objects.requireNonNull(template, "template")));
        }

        @Override
        public Optional<PalmBox> box() {
            return Optional.ofNullable(hand);
        }
    }
}
