package com.palmpos.scanner.capture;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.CameraStatus;
import java.util.Objects;

/**
 * What the capture loop tells the screens. Every event is an immutable record; screens handle them with
 * {@code instanceof} patterns. A hand in front of the camera produces, in order: guidance while it is not usable,
 * then exactly one {@link Identified} or {@link Unknown}; nothing more until it is removed ({@link NoHand}).
 */
public sealed interface CaptureEvent {

    /** No hand in view (sent once when the loop starts and once each time a hand leaves). */
    record NoHand() implements CaptureEvent {
    }

    /** A hand is in view but not usable yet; tell the customer what to change. */
    record Guidance(GuidanceHint hint) implements CaptureEvent {
        public Guidance {
            Objects.requireNonNull(hint, "hint");
        }
    }

    /**
     * The hand belongs to an enrolled customer.
     *
     * @param customerId the id the template was enrolled under
     * @param score similarity 0..1 (1 = identical codes, 0 = as alike as two strangers' palms)
     * @param liveness the liveness hint over the frames of this hand: when {@link Liveness#suspect()}, ask the
     *     cashier to look (and, for payment, to confirm); never refuse on it alone
     */
    record Identified(String customerId, double score, Liveness liveness) implements CaptureEvent {
        public Identified {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(liveness, "liveness");
        }

        /** An identification without a liveness judgement ({@link Liveness#unknown()}). */
        public Identified(String customerId, double score) {
            this(customerId, score, Liveness.unknown());
        }

        /** The same identification with a liveness hint. */
        public Identified withLiveness(Liveness hint) {
            return new Identified(customerId, score, hint);
        }
    }

    /** The hand was read well but matches nobody enrolled. */
    record Unknown() implements CaptureEvent {
    }

    /** Enrollment collected {@code captured} of {@code required} consistent captures. */
    record EnrollmentProgress(int captured, int required) implements CaptureEvent {
    }

    /** Enrollment finished: store {@code template} under the customer (the loop does not persist anything). */
    record Enrolled(PalmTemplate template) implements CaptureEvent {
        public Enrolled {
            Objects.requireNonNull(template, "template");
        }
    }

    /** Enrollment stopped without a template; {@code reason} is a sentence for the cashier. */
    record EnrollmentFailed(String reason) implements CaptureEvent {
    }

    /** The camera changed state (lost, back, absent). */
    record CameraChanged(CameraStatus status) implements CaptureEvent {
        public CameraChanged {
            Objects.requireNonNull(status, "status");
        }
    }
}
