package com.palmpos.scanner.capture;

import com.github.sarxos.webcam.WebcamDriver;
import com.palmpos.scanner.camera.CameraSettings;
import com.palmpos.scanner.camera.CameraStatus;
import com.palmpos.scanner.camera.CameraSupervisor;
import com.palmpos.scanner.camera.Frame;
import com.palmpos.scanner.capture.internal.DebugFrameWriter;
import com.palmpos.scanner.capture.internal.EnrollmentCollector;
import com.palmpos.scanner.capture.internal.HandGate;
import com.palmpos.scanner.capture.internal.LatestFrameSlot;
import com.palmpos.scanner.capture.internal.PreviewScaler;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a live camera into {@link CaptureEvent}s and {@link PreviewFrame}s, on threads of its own:
 * <ul>
 *   <li>"palmpos-camera" reads frames (see {@link CameraSupervisor}), makes the preview and puts the frame in a
 *   one-frame mailbox;</li>
 *   <li>"palmpos-capture" takes the newest frame: analysis (presence, guidance, template), then the decision
 *   (identify, enroll) and the events. When it falls behind, older frames are dropped, never queued.</li>
 * </ul>
 * An identification carries a {@link Liveness} hint and waits at most a few analysed frames for it (see
 * {@link LivenessCheck}). The loop has no JavaFX dependency: screens register listeners and marshal to the FX thread themselves.
 * Frames never touch the disk unless {@link CaptureSettings#debugCapture()} is on.
 *
 * <p>Thread-safe: listeners may be added and enrollment started or cancelled from any thread. Start once with
 * {@link #start()}; {@link #close()} stops both threads and releases the camera (blocks up to about 4 s).
 */
public final class CaptureLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureLoop.class);

    private final CaptureSettings settings;
    private final CaptureBackend backend;
    private final CameraSupervisor camera;
    private final LatestFrameSlot slot = new LatestFrameSlot();
    private final PreviewScaler previewScaler;
    private final DebugFrameWriter debugWriter;
    private final HandGate gate;
    /** Touched on the analysis thread only (frames fed in analyse, verdict read when the gate publishes). */
    private final LivenessCheck liveness = new LivenessCheck();
    /** An identification waiting for the liveness check to have enough frames (analysis thread only). */
    private CaptureEvent.Identified pending;
    private int pendingFrames;
    private final List<CaptureListener> listeners = new CopyOnWriteArrayList<>();
    private final List<PreviewListener> previewListeners = new CopyOnWriteArrayList<>();
    private final Queue<Consumer<HandGate>> commands = new ConcurrentLinkedQueue<>();
    private final AtomicLong analysed = new AtomicLong();
    private final Thread analysis;
    private volatile boolean running;
    /** The last analysis' hand box and how to draw it, published together to the camera thread's preview. */
    private volatile Overlay overlay = new Overlay(null, PreviewFrame.Outline.NONE);

    private record Overlay(PalmBox box, PreviewFrame.Outline outline) {
    }

    /**
     * Builds the loop; nothing runs until {@link #start()}. Cheap.
     *
     * @param driver sarxos driver for the camera (hardware, see
     *     {@link com.palmpos.scanner.camera.CameraDrivers}, or simulated)
     * @param cameraSettings which camera, size and rate
     * @param settings decision and preview settings
     * @param backend analysis, identification and enrollment (see {@link CaptureBackend#of})
     */
    public CaptureLoop(WebcamDriver driver, CameraSettings cameraSettings, CaptureSettings settings,
            CaptureBackend backend) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.camera = new CameraSupervisor(driver, cameraSettings, this::onFrame, this::onCameraStatus);
        this.previewScaler = new PreviewScaler(settings.previewWidth());
        this.debugWriter = settings.debugCapture() ? DebugFrameWriter.into(settings.debugDirectory())
                : DebugFrameWriter.OFF;
        this.gate = new HandGate(settings, backend.identifier(), this::publish);
        this.analysis = new Thread(this::analyse, "palmpos-capture");
        this.analysis.setDaemon(true);
    }

    /** Registers a listener for events (see {@link CaptureListener} for the threads it is called on). */
    public void addListener(CaptureListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(CaptureListener listener) {
        listeners.remove(listener);
    }

    /** Registers a listener for preview frames; with none registered no preview is made at all. */
    public void addPreviewListener(PreviewListener listener) {
        previewListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removePreviewListener(PreviewListener listener) {
        previewListeners.remove(listener);
    }

    /** Starts the camera and the analysis; call once. */
    public synchronized void start() {
        if (running || analysis.getState() != Thread.State.NEW) {
            throw new IllegalStateException("capture loop already started; build a new one to restart");
        }
        running = true;
        analysis.start();
        camera.start();
    }

    /**
     * Switches to enrollment: the next {@code required} mutually consistent good captures (3-5 recommended) are
     * fused into one template, with {@link CaptureEvent.EnrollmentProgress} after each and
     * {@link CaptureEvent.Enrolled} or {@link CaptureEvent.EnrollmentFailed} at the end; then back to
     * identification. Cheap; takes effect on the next analysed frame.
     *
     * @throws IllegalArgumentException unless 1 &lt;= required &lt;= 10
     */
    public void startEnrollment(int required) {
        EnrollmentCollector collector = new EnrollmentCollector(required, backend.enroller());
        commands.add(g -> g.startEnrollment(collector));
    }

    /** Abandons an enrollment in progress ({@link CaptureEvent.EnrollmentFailed}); no-op otherwise. */
    public void cancelEnrollment() {
        commands.add(HandGate::cancelEnrollment);
    }

    /** True when frames are being written to disk for debugging; the screens should say so. */
    public boolean isDebugCaptureOn() {
        return settings.debugCapture();
    }

    /** The camera's latest state. */
    public CameraStatus cameraStatus() {
        return camera.status();
    }

    /** Frames analysed so far. */
    public long framesAnalysed() {
        return analysed.get();
    }

    /** Frames skipped because analysis was still busy with an earlier one. */
    public long framesDropped() {
        return slot.dropped();
    }

    @Override
    public void close() {
        running = false;
        camera.close();
        analysis.interrupt();
        try {
            analysis.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void onFrame(Frame frame) {
        slot.put(frame);
        if (!previewListeners.isEmpty()) {
            int[] size = new int[2];
            int[] pixels = previewScaler.scale(frame.image(), size);
            Overlay current = overlay;
            PreviewFrame preview = new PreviewFrame(size[0], size[1], pixels, current.box(), current.outline(),
                    frame.sequence());
            for (PreviewListener l : previewListeners) {
                try {
                    l.onPreview(preview);
                } catch (RuntimeException e) {
                    LOG.error("preview listener {} failed", l, e);
                }
            }
        }
    }

    private void onCameraStatus(CameraStatus status) {
        publish(new CaptureEvent.CameraChanged(status));
    }

    private void analyse() {
        gate.begin();
        while (running) {
            try {
                runCommands();
                Frame frame = slot.take(100);
                if (frame != null) {
                    analyse(frame);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("frame analysis failed; skipping the frame", e);
            }
        }
    }

    private void analyse(Frame frame) {
        Analysis result = backend.analyzer().analyze(frame.image(), gate.enrolling());
        analysed.incrementAndGet();
        overlay = new Overlay(result.box().orElse(null), result instanceof Analysis.Candidate
                ? PreviewFrame.Outline.READY : PreviewFrame.Outline.GUIDANCE);
        debugWriter.write(frame.image(), frame.sequence(), result);
        feedLiveness(frame, result);
        runCommands();
        gate.accept(result);
        if (pending != null && (liveness.ready() || ++pendingFrames > LivenessCheck.maxWaitFrames())) {
            flushPending();
        }
    }

    /**
     * Every frame with a hand box counts (the check restarts by itself when the hand moves a lot), so there are
     * a few frames to compare by the time the gate decides; a frame without a hand starts the next hand afresh.
     */
    private void feedLiveness(Frame frame, Analysis result) {
        result.box().ifPresentOrElse(box -> liveness.accept(frame.image(), box), liveness::reset);
    }

    private void runCommands() {
        for (Consumer<HandGate> c = commands.poll(); c != null; c = commands.poll()) {
            c.accept(gate);
        }
    }

    /**
     * Identifications wait (a few frames at most) for the liveness check; any other event from the analysis
     * thread first lets a waiting identification out, so the order of events is kept.
     */
    private void publish(CaptureEvent event) {
        if (Thread.currentThread() == analysis) {
            if (event instanceof CaptureEvent.Identified identified) {
                pending = identified;
                pendingFrames = 0;
                if (liveness.ready()) {
                    flushPending();
                }
                return;
            }
            if (pending != null) {
                flushPending();
            }
        }
        deliver(event);
    }

    private void flushPending() {
        Liveness hint = liveness.verdict();
        if (hint.suspect()) {
            // two decimals: the log's card-number masking would hide a long run of digits
            LOG.info("liveness: {} (motion {} px, screen peak {})", hint.verdict(),
                    String.format(Locale.ROOT, "%.2f", hint.motion()),
                    String.format(Locale.ROOT, "%.1f", hint.screenPeak()));
        }
        CaptureEvent.Identified identified = pending.withLiveness(hint);
        pending = null;
        deliver(identified);
    }

    private void deliver(CaptureEvent event) {
        for (CaptureListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.error("capture listener {} failed on {}", l, event, e);
            }
        }
    }
}
