package com.palmpos.scanner.capture.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.capture.Analysis;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureSettings;
import com.palmpos.scanner.capture.Enroller;
import com.palmpos.scanner.capture.FakeTemplates;
import com.palmpos.scanner.capture.GuidanceHint;
import com.palmpos.scanner.capture.Identifier;
import com.palmpos.scanner.capture.PalmBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandGateTest {
    private static final PalmTemplate ALICE = FakeTemplates.palm(1);
    private static final PalmTemplate STRANGER = FakeTemplates.palm(2);
    private final List<CaptureEvent> events = new ArrayList<>();
    private int searches;
    private final Identifier identifier = captures -> {
        searches++;
        return captures.contains(ALICE) ? new Identifier.Result("alice", 0.8) : new Identifier.Result(null, 0.1);
    };
    private final HandGate gate = new HandGate(CaptureSettings.defaults(), identifier, events::add);

    @Test
    void startsBySayingNoHandOnce() {
        gate.begin();
        feed(noHand(), 5);
        assertThat(events).containsExactly(new CaptureEvent.NoHand());
    }

    @Test
    void aHandHeldStillIsIdentifiedOnceNotInABurst() {
        gate.begin();
        feed(candidate(ALICE), 20);
        assertThat(events).containsExactly(new CaptureEvent.NoHand(), new CaptureEvent.Identified("alice", 0.8));
        assertThat(searches).isEqualTo(1);
    }

    @Test
    void aStrangerIsUnknownAfterSeveralGoodCaptures() {
        feed(candidate(STRANGER), 10);
        assertThat(events).containsExactly(new CaptureEvent.Unknown());
        assertThat(searches).isEqualTo(CaptureSettings.defaults().capturesBeforeUnknown());
    }

    @Test
    void removingTheHandResetsSoTheNextHandIsIdentifiedAgain() {
        feed(candidate(ALICE), 3);
        feed(noHand(), CaptureSettings.defaults().handGoneFrames());
        feed(candidate(ALICE), 3);
        assertThat(events).containsExactly(new CaptureEvent.Identified("alice", 0.8),
                new CaptureEvent.NoHand(), new CaptureEvent.Identified("alice", 0.8));
    }

    @Test
    void aSingleMissedFrameDoesNotCountAsTheHandLeaving() {
        feed(candidate(ALICE), 2);
        feed(noHand(), 1);
        feed(candidate(ALICE), 2);
        assertThat(events).containsExactly(new CaptureEvent.Identified("alice", 0.8));
    }

    @Test
    void guidanceIsSentWhenItChangesNotForEveryFrame() {
        feed(guidance(GuidanceHint.TOO_FAR), 5);
        feed(guidance(GuidanceHint.BLURRED), 5);
        assertThat(events).containsExactly(new CaptureEvent.Guidance(GuidanceHint.TOO_FAR),
                new CaptureEvent.Guidance(GuidanceHint.BLURRED));
    }

    @Test
    void aMovingHandIsAskedToHoldStillBeforeItIsSearched() {
        gate.accept(new Analysis.NeedsGuidance(GuidanceHint.TOO_FAR, new PalmBox(0.1, 0.1, 0.1, 0.1)));
        gate.accept(new Analysis.Candidate(ALICE, 0.9, new PalmBox(0.5, 0.5, 0.3, 0.3)));
        assertThat(searches).isZero();
        gate.accept(new Analysis.Candidate(ALICE, 0.9, new PalmBox(0.5, 0.5, 0.3, 0.3)));
        assertThat(events).containsExactly(new CaptureEvent.Guidance(GuidanceHint.TOO_FAR),
                new CaptureEvent.Guidance(GuidanceHint.HOLD_STILL), new CaptureEvent.Identified("alice", 0.8));
    }

    @Test
    void aHandThatAppearsSharpIsSearchedOnItsFirstFrame() {
        gate.accept(new Analysis.Candidate(ALICE, 0.9, new PalmBox(0.5, 0.5, 0.3, 0.3)));
        assertThat(events).containsExactly(new CaptureEvent.Identified("alice", 0.8));
    }

    @Test
    void aLowQualityCaptureIsNotUsed() {
        gate.accept(new Analysis.Candidate(ALICE, 0.05, null));
        assertThat(searches).isZero();
        assertThat(events).contains(new CaptureEvent.Guidance(GuidanceHint.HOLD_STILL));
    }

    @Test
    void enrollmentReportsProgressAndEndsWithAFusedTemplate() {
        gate.startEnrollment(new EnrollmentCollector(3, sameSeedEnroller()));
        feed(candidate(ALICE), 6);
        assertThat(events).containsExactly(new CaptureEvent.EnrollmentProgress(0, 3),
                new CaptureEvent.EnrollmentProgress(1, 3), new CaptureEvent.EnrollmentProgress(2, 3),
                new CaptureEvent.EnrollmentProgress(3, 3), new CaptureEvent.Enrolled(ALICE));
        assertThat(searches).isZero();
        assertThat(gate.enrolling()).isFalse();
    }

    @Test
    void enrollmentRefusesInconsistentCapturesAndRestartsAfterRepeatedDisagreement() {
        gate.startEnrollment(new EnrollmentCollector(3, sameSeedEnroller()));
        feed(candidate(ALICE), 1);
        feed(candidate(STRANGER), 2 * EnrollmentCollector.MAX_REFUSALS);
        assertThat(events).containsExactly(new CaptureEvent.EnrollmentProgress(0, 3),
                new CaptureEvent.EnrollmentProgress(1, 3), new CaptureEvent.EnrollmentProgress(0, 3));
    }

    @Test
    void cancellingEnrollmentSaysSoAndReturnsToIdentification() {
        gate.startEnrollment(new EnrollmentCollector(3, sameSeedEnroller()));
        gate.cancelEnrollment();
        feed(candidate(ALICE), 1);
        assertThat(events).endsWith(new CaptureEvent.EnrollmentFailed("Enrollment was cancelled."),
                new CaptureEvent.Identified("alice", 0.8));
    }

    private static Enroller sameSeedEnroller() {
        return new Enroller() {
            @Override
            public boolean consistent(PalmTemplate a, PalmTemplate b) {
                return a.equals(b);
            }

            @Override
            public Optional<PalmTemplate> fuse(List<PalmTemplate> captures) {
                return Optional.of(captures.get(0));
            }
        };
    }

    private void feed(Analysis analysis, int times) {
        for (int i = 0; i < times; i++) {
            gate.accept(analysis);
        }
    }

    private static Analysis noHand() {
        return new Analysis.NoHand();
    }

    private static Analysis candidate(PalmTemplate template) {
        return new Analysis.Candidate(template, 0.9, null);
    }

    private static Analysis guidance(GuidanceHint hint) {
        return new Analysis.NeedsGuidance(hint, null);
    }
}
