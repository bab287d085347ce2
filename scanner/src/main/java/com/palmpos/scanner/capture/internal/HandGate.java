package com.palmpos.scanner.capture.internal;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.capture.Analysis;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureSettings;
import com.palmpos.scanner.capture.GuidanceHint;
import com.palmpos.scanner.capture.Identifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The decision half of the capture loop, as a state machine over frame analyses: no hand -> guidance -> good
 * captures -> one decision, held until the hand leaves. A decision is made as soon as one capture matches, or as
 * {@link CaptureEvent.Unknown} after {@link CaptureSettings#capturesBeforeUnknown()} good captures that match
 * nobody, so a hand held still gives one event, not a burst. Guidance and NoHand are only sent when they change.
 * Enrollment (see {@link EnrollmentCollector}) replaces identification while active.
 * Not thread-safe: used by the analysis thread only.
 */
public final class HandGate {
    private final CaptureSettings settings;
    private final Identifier identifier;
    private final Consumer<CaptureEvent> out;
    private final List<Analysis.Candidate> captures = new ArrayList<>();
    private EnrollmentCollector enrollment;
    private CaptureEvent lastSent;
    private PalmBoxTracker tracker = new PalmBoxTracker();
    private int framesWithoutHand;
    private boolean handPresent;
    private boolean decided;

    public HandGate(CaptureSettings settings, Identifier identifier, Consumer<CaptureEvent> out) {
        this.settings = settings;
        this.identifier = identifier;
        this.out = out;
    }

    /** Says {@link CaptureEvent.NoHand} once, as the starting state. */
    public void begin() {
        send(new CaptureEvent.NoHand());
    }

    /** Switches to enrollment (replacing one in progress); reports 0 of {@code collector.required()}. */
    public void startEnrollment(EnrollmentCollector collector) {
        enrollment = collector;
        decided = false;
        captures.clear();
        send(new CaptureEvent.EnrollmentProgress(0, collector.required()));
    }

    /** Leaves enrollment without a template. */
    public void cancelEnrollment() {
        if (enrollment != null) {
            enrollment = null;
            send(new CaptureEvent.EnrollmentFailed("Enrollment was cancelled."));
        }
    }

    public boolean enrolling() {
        return enrollment != null;
    }

    /** Feeds the analysis of the next frame. */
    public void accept(Analysis analysis) {
        if (analysis instanceof Analysis.NoHand) {
            noHand();
            return;
        }
        framesWithoutHand = 0;
        handPresent = true;
        boolean still = tracker.still(analysis.box(), settings.maxMotion());
        if (decided) {
            return;
        }
        if (analysis instanceof Analysis.NeedsGuidance guidance) {
            send(new CaptureEvent.Guidance(guidance.hint()));
        } else if (analysis instanceof Analysis.Candidate candidate) {
            if (!still || candidate.quality() < settings.minQuality()) {
                send(new CaptureEvent.Guidance(GuidanceHint.HOLD_STILL));
            } else if (enrollment != null) {
                enroll(candidate.template());
            } else {
                identify(candidate);
            }
        }
    }

    private void noHand() {
        tracker = new PalmBoxTracker();
        framesWithoutHand++;
        if (handPresent && framesWithoutHand >= settings.handGoneFrames()) {
            handPresent = false;
            decided = false;
            captures.clear();
            send(new CaptureEvent.NoHand());
        }
    }

    private void identify(Analysis.Candidate candidate) {
        captures.add(candidate);
        captures.sort(Comparator.comparingDouble(Analysis.Candidate::quality).reversed());
        if (captures.size() > settings.capturesBeforeUnknown()) {
            captures.remove(captures.size() - 1);
        }
        List<PalmTemplate> probes = captures.stream().flatMap(c -> c.probes().stream()).toList();
        Identifier.Result result = identifier.identify(probes);
        if (result.identified()) {
            decide(new CaptureEvent.Identified(result.customerId(), result.score()));
        } else if (captures.size() >= settings.capturesBeforeUnknown()) {
            decide(new CaptureEvent.Unknown());
        }
    }

    private void enroll(PalmTemplate template) {
        Optional<CaptureEvent> done = enrollment.offer(template, this::send);
        if (done.isPresent()) {
            enrollment = null;
            decide(done.get());
        }
    }

    private void decide(CaptureEvent event) {
        decided = true;
        captures.clear();
        send(event);
    }

    private void send(CaptureEvent event) {
        boolean repeat = event.equals(lastSent)
                && (event instanceof CaptureEvent.NoHand || event instanceof CaptureEvent.Guidance);
        lastSent = event;
        if (!repeat) {
            out.accept(event);
        }
    }
}
