package com.palmpos.scanner.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.sim.SceneScript;
import com.palmpos.scanner.camera.sim.SyntheticScenes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole chain on the real palm engine: synthetic scenes played by the simulated camera, real OpenCV, real
 * gallery. Subject 2 is the enrolled customer, subject 5 a stranger (both read reliably by the engine on this
 * background; some synthetic subjects are not, which is the engine's business, not the loop's).
 */
class EngineCaptureTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static CaptureRig rig;
    private static SyntheticScenes scenes;

    private final List<CaptureEvent> events = new CopyOnWriteArrayList<>();
    private CaptureLoop loop;

    @BeforeAll
    static void enrollCustomerTwo() {
        rig = new CaptureRig();
        scenes = rig.scenes;
    }

    @AfterEach
    void close() {
        if (loop != null) {
            loop.close();
        }
    }

    @Test
    void identifiesAnEnrolledCustomerOncePerVisit() {
        start(scenes.visit(2, 5, 40));
        await().atMost(PATIENCE).until(() -> events.stream().anyMatch(e -> e instanceof CaptureEvent.Identified));
        CaptureEvent.Identified identified = (CaptureEvent.Identified) events.stream()
                .filter(e -> e instanceof CaptureEvent.Identified).findFirst().orElseThrow();
        assertThat(identified.customerId()).isEqualTo("cust-2");
        assertThat(identified.score()).isBetween(0.3, 1.0);
        long analysed = loop.framesAnalysed();
        await().atMost(PATIENCE).until(() -> loop.framesAnalysed() > analysed + 5 || handLeft());
        assertThat(decisionsBeforeTheHandLeft()).hasSize(1);
    }

    @Test
    void aStrangerIsUnknown() {
        start(scenes.visit(5, 5, 40));
        await().atMost(PATIENCE).until(() -> events.contains(new CaptureEvent.Unknown()));
        assertThat(events).noneMatch(e -> e instanceof CaptureEvent.Identified);
    }

    @Test
    void anEmptyCounterGivesNoHandAndNothingElse() {
        start(scenes.empty(10));
        await().atMost(PATIENCE).until(() -> loop.framesAnalysed() >= 15);
        assertThat(events).filteredOn(e -> !(e instanceof CaptureEvent.CameraChanged))
                .containsExactly(new CaptureEvent.NoHand());
    }

    @Test
    void aHandTooFarIsAskedToComeCloser() {
        start(scenes.tooFar(2, 30));
        await().atMost(PATIENCE).until(() -> events.contains(new CaptureEvent.Guidance(GuidanceHint.TOO_FAR)));
        assertThat(events).noneMatch(e -> e instanceof CaptureEvent.Identified);
    }

    @Test
    void aBlurredHandIsAskedToHoldStill() {
        start(scenes.blurred(2, 25, 30));
        await().atMost(PATIENCE).until(() -> events.contains(new CaptureEvent.Guidance(GuidanceHint.BLURRED)));
        assertThat(events).noneMatch(e -> e instanceof CaptureEvent.Identified);
    }

    @Test
    void enrollsANewCustomerWhoIsThenIdentified() {
        start(scenes.visit(3, 3, 40));
        loop.startEnrollment(3);
        await().atMost(PATIENCE).until(() -> events.stream().anyMatch(e -> e instanceof CaptureEvent.Enrolled));
        assertThat(events).containsSubsequence(new CaptureEvent.EnrollmentProgress(0, 3),
                new CaptureEvent.EnrollmentProgress(1, 3), new CaptureEvent.EnrollmentProgress(3, 3));
        PalmTemplate enrolled = events.stream().filter(e -> e instanceof CaptureEvent.Enrolled)
                .map(e -> ((CaptureEvent.Enrolled) e).template()).findFirst().orElseThrow();
        PalmGallery withNewCustomer = new PalmGallery(CaptureRig.PARAMETERS);
        withNewCustomer.add("cust-3", enrolled);
        assertThat(new GalleryIdentifier(withNewCustomer).identify(List.of(enrolled)).customerId())
                .isEqualTo("cust-3");
    }

    private boolean handLeft() {
        int decision = indexOfFirstDecision();
        return decision >= 0 && events.subList(decision, events.size()).contains(new CaptureEvent.NoHand());
    }

    private int indexOfFirstDecision() {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof CaptureEvent.Identified || events.get(i) instanceof CaptureEvent.Unknown) {
                return i;
            }
        }
        return -1;
    }

    private List<CaptureEvent> decisionsBeforeTheHandLeft() {
        List<CaptureEvent> all = List.copyOf(events);
        int first = indexOfFirstDecision();
        int left = all.subList(first, all.size()).indexOf(new CaptureEvent.NoHand());
        List<CaptureEvent> visit = left < 0 ? all.subList(first, all.size()) : all.subList(first, first + left);
        return visit.stream().filter(e -> e instanceof CaptureEvent.Identified || e instanceof CaptureEvent.Unknown)
                .toList();
    }

    private void start(SceneScript scene) {
        loop = rig.start(scene, events::add);
    }
}
