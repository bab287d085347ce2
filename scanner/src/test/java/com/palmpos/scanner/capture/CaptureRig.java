package com.palmpos.scanner.capture;

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
import java.util.function.Consumer;

/**
 * The real chain the capture tests drive: the palm engine, synthetic scenes on one background, and a gallery in which
 * subject 2 is enrolled as {@code cust-2} (subject 2 reads reliably on this background). Building it extracts four
 * frames with real OpenCV (about a second), so a test class builds one in {@code @BeforeAll}.
 */
final class CaptureRig {
    static final Parameters PARAMETERS = Parameters.defaults();
    private static final CameraSettings CAMERA = CameraSettings.defaults()
            .withDriver(CameraSettings.Driver.SIMULATED).withReopenBackoffMax(Duration.ofMillis(300));

    final PalmEngine engine = new PalmEngine(PARAMETERS);
    final SyntheticScenes scenes = new SyntheticScenes(new SyntheticPalms(42), Background.cycle(1));
    final PalmGallery gallery = new PalmGallery(PARAMETERS);

    CaptureRig() {
        List<PalmTemplate> captures = scenes.enrollmentFrames(2, 4).stream()
                .map(frame -> engine.extract(frame, InputKind.HAND))
                .filter(Extraction::succeeded).map(e -> e.template().orElseThrow()).toList();
        gallery.add("cust-2", new Enrollment(PARAMETERS).enroll(captures).template());
    }

    /** Starts a capture loop playing {@code scene} on the simulated camera; the caller closes it. */
    CaptureLoop start(SceneScript scene, Consumer<CaptureEvent> listener) {
        CaptureLoop loop = new CaptureLoop(new SimulatedCameraDriver(scene), CAMERA, CaptureSettings.defaults(),
                CaptureBackend.of(engine, gallery));
        loop.addListener(listener::accept);
        loop.start();
        return loop;
    }

    /**
     * Like {@link #start}, on a camera paced by the analysis ({@link PacedCameraDriver}): every frame of the scene
     * is analysed, in order, however loaded the machine is. For tests whose outcome depends on which frames are
     * analysed (the liveness check compares the frames of one hand).
     */
    CaptureLoop startPaced(SceneScript scene, Consumer<CaptureEvent> listener) {
        PacedCameraDriver camera = new PacedCameraDriver(scene);
        CaptureBackend backend = CaptureBackend.of(engine, gallery);
        CaptureLoop loop = new CaptureLoop(camera, CAMERA, CaptureSettings.defaults(),
                new CaptureBackend(camera.analyzer(backend.analyzer()), backend.identifier(), backend.enroller()));
        loop.addListener(listener::accept);
        loop.start();
        return loop;
    }
}
