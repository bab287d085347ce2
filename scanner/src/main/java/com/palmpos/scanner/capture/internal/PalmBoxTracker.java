package com.palmpos.scanner.capture.internal;

import com.palmpos.scanner.capture.PalmBox;
import java.util.Optional;

/** Remembers the previous hand box to tell a moving hand from a still one. Not thread-safe. */
final class PalmBoxTracker {
    private PalmBox previous;

    /**
     * True if the hand moved at most {@code maxMotion} (fraction of the frame) since the previous frame. A hand
     * seen for the first time counts as still: a hand that is moving is smeared, which the blur gate before the
     * engine already catches, and waiting for a second frame would add a whole analysis cycle to every
     * identification. An analysis without a box cannot show motion and counts as still too.
     */
    boolean still(Optional<PalmBox> box, double maxMotion) {
        PalmBox before = previous;
        previous = box.orElse(null);
        if (previous == null) {
            return true;
        }
        if (before == null) {
            return true;
        }
        return Math.hypot(previous.centerX() - before.centerX(), previous.centerY() - before.centerY()) <= maxMotion;
    }
}
