package com.palmpos.scanner.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.palmpos.scanner.camera.sim.SceneScript;
import com.palmpos.scanner.camera.sim.SyntheticScenes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The liveness hint on the {@link CaptureEvent.Identified} event, through the whole loop: simulated camera, real
 * engine, enrolled subject 2. A spoof of an enrolled palm is still identified (the hint is for the cashier). The
 * camera is paced by the analysis, so every frame is analysed in order and the verdict does not depend on the
 * machine's load (on a wall-clock-paced camera a slow analysis drops frames, and which photo frame anchors the
 * liveness crop then varied from run to run).
 */
class LivenessCaptureTest {
    private static final Duration PATIENCE = Duration.ofSeconds(40);
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
        loop = rig.startPaced(scene, events::add);
        await().atMost(PATIENCE).until(() -> events.stream().anyMatch(e -> e instanceof CaptureEvent.Identified));
        assertThat(loop.framesDropped()).as("frames dropped by a paced camera").isZero();
        return events.stream().filter(e -> e instanceof CaptureEvent.Identified)
                .map(CaptureEvent.Identified.class::cast).findFirst().orElseThrow();
    }
}
