package com.palmpos.scanner.capture;

import com.palmpos.scanner.PalmTemplate;
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

    /** A usable capture: its template and quality 0..1. */
    record Candidate(PalmTemplate template, double quality, PalmBox hand) implements Analysis {
        public Candidate {
            Objects.requireNonNull(template, "template");
        }

        @Override
        public Optional<PalmBox> box() {
            return Optional.ofNullable(hand);
        }
    }
}
