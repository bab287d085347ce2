package com.palmpos.scanner.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.CameraSettings;
import com.palmpos.scanner.camera.CameraState;
import com.palmpos.scanner.camera.sim.SceneScript;
import com.palmpos.scanner.camera.sim.SimulatedCameraDriver;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop's threading and plumbing over the simulated camera, with a fake analyzer that reads the "scene" from
 * the colour of pixel (0,0): 0 = no hand, 1..99 = the open palm of that seed, 200 = a hand too far.
 */
class CaptureLoopTest {
    private static final int ALICE = 1;
    private static final int STRANGER = 2;
    private static final int TOO_FAR = 200;
    private static final CameraSettings CAMERA = CameraSettings.defaults()
            .withDriver(CameraSettings.Driver.SIMULATED).withFps(30).withReopenBackoffMax(Duration.ofMillis(300));
    private static final PalmBox BOX = new PalmBox(0.25, 0.25, 0.5, 0.5);
    private final List<CaptureEvent> events = new CopyOnWriteArrayList<>();
    private CaptureLoop loop;

    @AfterEach
    void close() {
        if (loop != null) {
            loop.close();
        }
    }

    @Test
    void identifiesAnEnrolledPalmOnceWhileItIsHeld() {
        start(scene(0, 5, ALICE, 60), CaptureSettings.defaults(), FAKE_ANALYZER);
        await().atMost(Duration.ofSeconds(20)).until(() -> events.contains(new CaptureEvent.Identified("alice", 0.9)));
        long analysed = loop.framesAnalysed();
        await().atMost(Duration.ofSeconds(20)).until(() -> loop.framesAnalysed() > analysed + 10);
        assertThat(events).filteredOn(e -> e instanceof CaptureEvent.Identified).hasSize(1);
        assertThat(events).containsSubsequence(new CaptureEvent.NoHand(), new CaptureEvent.Identified("alice", 0.9));
    }

    @Test
    void aStrangerGivesUnknownAndAnEmptyCounterNothing() {
        start(scene(0, 10, STRANGER, 30), CaptureSettings.defaults(), FAKE_ANALYZER);
        await().atMost(Duration.ofSeconds(20)).until(() -> events.contains(new CaptureEvent.Unknown()));
        assertThat(events).noneMatch(e -> e instanceof CaptureEvent.Identified);
        assertThat(events).contains(new CaptureEvent.NoHand());
    }

    @Test
    void aHandTooFarGetsGuidance() {
        start(scene(0, 3, TOO_FAR, 30), CaptureSettings.defaults(), FAKE_ANALYZER);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> events.contains(new CaptureEvent.Guidance(GuidanceHint.TOO_FAR)));
    }

    @Test
    void dropsFramesInsteadOfQueueingWhenAnalysisFallsBehind() {
        CountDownLatch release = new CountDownLatch(1);
        FrameAnalyzer stuck = frame -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FAKE_ANALYZER.analyze(frame);
        };
        start(scene(0, 5, ALICE, 60), CaptureSettings.defaults(), stuck);
        await().atMost(Duration.ofSeconds(20)).until(() -> loop.framesDropped() >= 20);
        assertThat(loop.framesAnalysed()).isZero();
        release.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> events.contains(new CaptureEvent.Identified("alice", 0.9)));
    }

    @Test
    void writesNoFrameToDiskWhenDebugCaptureIsOff(@TempDir Path dir) throws Exception {
        CaptureSettings off = new CaptureSettings(0.2, 3, 3, 0.05, 320, false, dir);
        start(scene(0, 5, ALICE, 30), off, FAKE_ANALYZER);
        await().atMost(Duration.ofSeconds(20)).until(() -> loop.framesAnalysed() >= 20);
        assertThat(loop.isDebugCaptureOn()).isFalse();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void writesAnalysedFramesWhenAManagerTurnsDebugCaptureOn(@TempDir Path dir) throws Exception {
        start(scene(0, 5, ALICE, 30), CaptureSettings.defaults().withDebugCapture(dir.resolve("debug")),
                FAKE_ANALYZER);
        assertThat(loop.isDebugCaptureOn()).isTrue();
        // the scene opens with empty frames; on a loaded machine the first analysed ones may all be empty
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            try (Stream<Path> files = Files.list(dir.resolve("debug"))) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-candidate.png"));
            }
        });
    }

    @Test
    void previewIsDownscaledAndCarriesTheLastHandBox() {
        AtomicReference<PreviewFrame> last = new AtomicReference<>();
        loop = new CaptureLoop(new SimulatedCameraDriver(scene(ALICE, 1, ALICE, 1)), CAMERA,
                CaptureSettings.defaults(), backend(FAKE_ANALYZER));
        loop.addPreviewListener(last::set);
        loop.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> last.get() != null && last.get().box().isPresent());
        PreviewFrame preview = last.get();
        assertThat(preview.width()).isEqualTo(320);
        assertThat(preview.height()).isEqualTo(240);
        assertThat(preview.pixels().isReadOnly()).isTrue();
        assertThat(preview.box()).contains(BOX);
        assertThat(preview.outline()).isEqualTo(PreviewFrame.Outline.READY);
    }

    @Test
    void reportsTheCameraLostAndBackAsEvents() {
        SimulatedCameraDriver driver = new SimulatedCameraDriver(scene(0, 5, 0, 5));
        loop = new CaptureLoop(driver, CAMERA, CaptureSettings.defaults(), backend(FAKE_ANALYZER));
        loop.addListener(events::add);
        loop.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> loop.cameraStatus().state() == CameraState.RUNNING);
        driver.unplug();
        await().atMost(Duration.ofSeconds(20)).until(() -> loop.cameraStatus().state() == CameraState.LOST);
        driver.replug();
        await().atMost(Duration.ofSeconds(20)).until(() -> loop.cameraStatus().state() == CameraState.RUNNING);
        assertThat(events).filteredOn(e -> e instanceof CaptureEvent.CameraChanged)
                .extracting(e -> ((CaptureEvent.CameraChanged) e).status().state())
                .containsSubsequence(CameraState.RUNNING, CameraState.LOST, CameraState.RUNNING);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        loop = new CaptureLoop(new SimulatedCameraDriver(scene(0, 5, ALICE, 30)), CAMERA, CaptureSettings.defaults(),
                backend(FAKE_ANALYZER));
        loop.addListener(e -> {
            throw new IllegalStateException("screen bug");
        });
        loop.addListener(events::add);
        loop.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> events.contains(new CaptureEvent.Identified("alice", 0.9)));
    }

    @Test
    void enrollmentFramesAreAnalysedAsEnrollmentCapturesAndTheRestAsCounterCaptures() {
        List<Boolean> enrolling = new CopyOnWriteArrayList<>();
        FrameAnalyzer recording = new FrameAnalyzer() {
            @Override
            public Analysis analyze(BufferedImage frame) {
                throw new AssertionError("the loop must say whether it is enrolling");
            }

            @Override
            public Analysis analyze(BufferedImage frame, boolean forEnrollment) {
                enrolling.add(forEnrollment);
                return FAKE_ANALYZER.analyze(frame);
            }
        };
        start(scene(0, 5, ALICE, 200), CaptureSettings.defaults(), recording);
        await().atMost(Duration.ofSeconds(20)).until(() -> events.contains(new CaptureEvent.Identified("alice", 0.9)));
        assertThat(enrolling).isNotEmpty().containsOnly(false);
        loop.startEnrollment(3);
        await().atMost(Duration.ofSeconds(20)).until(() -> events.stream().anyMatch(e -> e instanceof CaptureEvent.Enrolled));
        assertThat(enrolling).contains(true);
    }

    @Test
    void identifiesWithEveryProbeCodeOfACandidate() {
        PalmTemplate turned = FakeTemplates.palm(ALICE);
        FrameAnalyzer withTurnedCode = frame -> {
            int code = frame.getRGB(0, 0) & 0xFF;
            return code == 0 ? new Analysis.NoHand()
                    : new Analysis.Candidate(FakeTemplates.palm(STRANGER), 0.9, BOX,
                            List.of(FakeTemplates.palm(STRANGER), turned));
        };
        start(scene(0, 5, ALICE, 60), CaptureSettings.defaults(), withTurnedCode);
        await().atMost(Duration.ofSeconds(20)).until(() -> events.contains(new CaptureEvent.Identified("alice", 0.9)));
    }

    @Test
    void closeStopsBothThreadsAndReleasesTheCamera() {
        start(scene(0, 5, ALICE, 30), CaptureSettings.defaults(), FAKE_ANALYZER);
        await().atMost(Duration.ofSeconds(20)).until(() -> loop.framesAnalysed() >= 3);
        loop.close();
        assertThat(loop.cameraStatus().state()).isEqualTo(CameraState.STOPPED);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive()
                && (t.getName().equals("palmpos-capture") || t.getName().equals("palmpos-camera")));
    }

    private void start(SceneScript scene, CaptureSettings settings, FrameAnalyzer analyzer) {
        loop = new CaptureLoop(new SimulatedCameraDriver(scene), CAMERA, settings, backend(analyzer));
        loop.addListener(events::add);
        loop.start();
    }

    private static final FrameAnalyzer FAKE_ANALYZER = frame -> {
        int code = frame.getRGB(0, 0) & 0xFF;
        if (code == 0) {
            return new Analysis.NoHand();
        }
        if (code == TOO_FAR) {
            return new Analysis.NeedsGuidance(GuidanceHint.TOO_FAR, BOX);
        }
        return new Analysis.Candidate(FakeTemplates.palm(code), 0.9, BOX);
    };

    private static CaptureBackend backend(FrameAnalyzer analyzer) {
        PalmTemplate alice = FakeTemplates.palm(ALICE);
        Identifier identifier = captures -> captures.contains(alice)
                ? new Identifier.Result("alice", 0.9) : new Identifier.Result(null, 0.1);
        Enroller enroller = new Enroller() {
            @Override
            public boolean consistent(PalmTemplate a, PalmTemplate b) {
                return a.equals(b);
            }

            @Override
            public Optional<PalmTemplate> fuse(List<PalmTemplate> captures) {
                return Optional.of(captures.get(0));
            }
        };
        return new CaptureBackend(analyzer, identifier, enroller);
    }

    /** {@code firstFrames} frames of code {@code first}, then {@code thenFrames} of code {@code then}. */
    private static SceneScript scene(int first, int firstFrames, int then, int thenFrames) {
        return SceneScript.builder().hold("first", frame(first), firstFrames).hold("then", frame(then), thenFrames)
                .build();
    }

    private static BufferedImage frame(int code) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, code);
        return image;
    }
}
