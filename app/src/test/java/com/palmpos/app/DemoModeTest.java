package com.palmpos.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.palmpos.app.wiring.DemoPalms;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.camera.CameraSettings;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureSettings;
import com.palmpos.scanner.capture.Liveness;
import com.palmpos.ui.CaptureLoopPalmReader;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Demo mode: the simulated camera's demo visits are recognised as the demo customers on a fresh machine, and never
 * as spoofs (the cashier sees no spoofing warning in the demo).
 */
class DemoModeTest {

    private final Parameters parameters = Parameters.defaults();
    private final PalmEngine engine = new PalmEngine(parameters);

    @Test
    void demoCustomersHandsAreRecognisedAsLiveWithAnEmptyStore() {
        DemoPalms demo = new DemoPalms(Terminal.DEMO_PALM_SEED, engine);
        Set<String> identified = ConcurrentHashMap.newKeySet();
        Set<Liveness.Verdict> verdicts = ConcurrentHashMap.newKeySet();
        try (CaptureLoopPalmReader reader = CaptureLoopPalmReader.start(demo.camera(),
                CameraSettings.defaults().withDriver(CameraSettings.Driver.SIMULATED), CaptureSettings.defaults(),
                engine, demo.withDemoPalms(() -> new PalmGallery(parameters)))) {
            reader.addListener(event -> {
                if (event instanceof CaptureEvent.Identified hit) {
                    identified.add(hit.customerId());
                    verdicts.add(hit.liveness().verdict());
                }
            });
            demo.setUpInBackground(reader);

            await().atMost(Duration.ofSeconds(90)).until(() -> identified.containsAll(DemoPalms.SUBJECTS.keySet()));
        }
        assertThat(identified).containsExactlyInAnyOrderElementsOf(DemoPalms.SUBJECTS.keySet());
        // UNKNOWN (too few frames analysed in time on a crowded machine) shows no warning; a suspect verdict would
        assertThat(verdicts).contains(Liveness.Verdict.LIVE)
                .doesNotContain(Liveness.Verdict.SUSPECT_PHOTO, Liveness.Verdict.SUSPECT_SCREEN);
    }

    @Test
    void demoPalmsAreOnlyTheThreeDemoCustomersAndSurviveAGalleryReload() {
        DemoPalms demo = new DemoPalms(Terminal.DEMO_PALM_SEED, engine);

        assertThat(demo.enrollAll()).containsOnlyKeys("cus-demo-alice", "cus-demo-bruno", "cus-demo-chen");

        PalmGallery reloaded = demo.withDemoPalms(() -> new PalmGallery(parameters)).get();
        assertThat(reloaded.size()).isEqualTo(3);
    }
}
