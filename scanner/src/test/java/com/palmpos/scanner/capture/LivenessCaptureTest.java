package com.palmpos.scanner.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.palmpos.scanner.Enrollment;
import com.palmpos.scanner.Extraction;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.camera.CameraSettings;
import com.palmpos.scanner.camera.sim.SceneScript;
import com.palmpos.scanner.camera.sim.SimulatedCameraDriver;
import com.palmpos.scanner.camera.sim.SyntheticScenes;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The liveness hint on the {@link CaptureEvent.Identified} event, through the whole loop: simulated camera, real
 * engine, enrolled subject 2. A spoof of an enrolled palm is still identified (the hint is for the cashier).
 */
class LivenessCaptureTest {
    private static final CameraSettings CAMERA = CameraSettings.defaults()
            .withDriver(CameraSettings.Driver.SIMULATED).withReopenBackoffMax(Duration.ofMillis(300));
    private static final Parameters PARAMETERS = Parameters.defaults();
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static PalmEngine engine;
    private static SyntheticScenes scenes;
    private static PalmGallery gallery;

    private final List<CaptureEvent> events = new CopyOnWriteArrayList<>();
    private CaptureLoop loop;

    @BeforeAll
    static void enrollCustomerTwo() {
        engine = new PalmEngine(PARAMETERS);
        scenes = new SyntheticScenes(new SyntheticPalms(42), Background.cycle(1));
        List<PalmTemplate> captures = scenes.enrollmentFrames(2, 4).stream()
                .map(frame -> engine.extract(frame, InputKind.HAND))
                .filter(Extraction::succeeded).map(e -> e.template().orElseThrow()).toList();
        gallery = new PalmGallery(PARAMETERS);
        gallery.add("cust-2", new Enrollment(PARAMETERS).enroll(captures).template());
    }

    @AfterEach
    void close() {
        if (loop != null) {
            loop.close();
        }
    }

    @Test
    void aLiveCustomerIsIdentifiedWithoutAFlag() {
        CaptureEvent.Identified identified = identifiedIn(scenes.liveVisit(2, 3, 16));

        assertThat(identified.customerId()).isEqualTo("cust-2");
        assertThat(identified.liveness().verdict()).as("%s", identified.liveness()).isEqualTo(Liveness.Verdict.LIVE);
    }

    @Test
    void aPhotoOfACustomersPalmIsIdentifiedButFlagged() {
        CaptureEvent.Identified identified = identifiedIn(scenes.photoVisit(2, 3, 16));

        assertThat(identified.customerId()).isEqualTo("cust-2");
        assertThat(identified.liveness().verdict()).isEqualTo(Liveness.Verdict.SUSPECT_PHOTO);
    }

    @Test
    void aPhoneScreenShowingACustomersPalmIsFlagged() {
        CaptureEvent.Identified identified = identifiedIn(scenes.screenVisit(2, 3, 16));

        assertThat(identified.customerId()).isEqualTo("cust-2");
        assertThat(identified.liveness().verdict()).isEqualTo(Liveness.Verdict.SUSPECT_SCREEN);
    }

    private CaptureEvent.Identified identifiedIn(SceneScript scene) {
        loop = new CaptureLoop(new SimulatedCameraDriver(scene), CAMERA, CaptureSettings.defaults(),
                CaptureBackend.of(engine, gallery));
        loop.addListener(events::add);
        loop.start();
        await().atMost(PATIENCE).until(() -> events.stream().anyMatch(e -> e instanceof CaptureEvent.Identified));
        return events.stream().filter(e -> e instanceof CaptureEvent.Identified)
                .map(CaptureEvent.Identified.class::cast).findFirst().orElseThrow();
    }
}
