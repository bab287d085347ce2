package com.palmpos.scanner.capture.internal;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.Enroller;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Collects N mutually consistent captures for one enrollment and fuses them. A capture that disagrees with any
 * kept one is refused; after {@value #MAX_REFUSALS} refusals in a row the kept captures are presumed to be the bad
 * ones (a first capture of another hand, a bad ROI) and collection starts again. Every {@value #SPACING}th good
 * frame is taken, so the captures are not near-copies of one frame. Not thread-safe.
 */
public final class EnrollmentCollector {
    static final int MAX_REFUSALS = 3;
    static final int SPACING = 2;
    private final int required;
    private final Enroller enroller;
    private final List<PalmTemplate> kept = new ArrayList<>();
    private int refusals;
    private int seen;

    /**
     * @throws IllegalArgumentException unless 1 &lt;= required &lt;= 10
     */
    public EnrollmentCollector(int required, Enroller enroller) {
        if (required < 1 || required > 10) {
            throw new IllegalArgumentException("enrollment needs 1 to 10 captures (3-5 recommended), got "
                    + required);
        }
        this.required = required;
        this.enroller = enroller;
    }

    public int required() {
        return required;
    }

    /**
     * Offers a good capture; progress goes to {@code progress}. Returns the final event once N are kept.
     */
    Optional<CaptureEvent> offer(PalmTemplate capture, Consumer<CaptureEvent> progress) {
        if (seen++ % SPACING != 0) {
            return Optional.empty();
        }
        if (kept.stream().allMatch(k -> enroller.consistent(k, capture))) {
            kept.add(capture);
            refusals = 0;
            progress.accept(new CaptureEvent.EnrollmentProgress(kept.size(), required));
        } else if (++refusals >= MAX_REFUSALS) {
            kept.clear();
            refusals = 0;
            progress.accept(new CaptureEvent.EnrollmentProgress(0, required));
        }
        if (kept.size() < required) {
            return Optional.empty();
        }
        return Optional.of(enroller.fuse(List.copyOf(kept))
                .<CaptureEvent>map(CaptureEvent.Enrolled::new)
                .orElseGet(() -> new CaptureEvent.EnrollmentFailed(
                        "The captures did not agree: start the enrollment again and hold the same hand still.")));
    }
}
