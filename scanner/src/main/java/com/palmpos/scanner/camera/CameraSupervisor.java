package com.palmpos.scanner.camera;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import com.palmpos.scanner.camera.internal.Backoff;
import com.palmpos.scanner.camera.internal.DeviceSession;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one camera running on a thread of its own: finds the configured device through a sarxos
 * {@link WebcamDriver}, opens it, reads frames paced to the configured rate and hands each to a frame consumer.
 * When frames stop (camera unplugged) it reports {@link CameraState#LOST}, closes the device and reopens it with
 * exponential backoff once the driver lists it again; with no camera at all it reports
 * {@link CameraState#NO_CAMERA} and keeps looking. Nothing here throws at the caller because a camera is missing.
 *
 * <p>The driver's device list is used directly rather than sarxos' static {@code Webcam} registry, so several
 * supervisors (tests, a second screen) never share global driver state and no BridJ native is loaded unless the
 * BridJ driver is chosen.
 *
 * <p>Thread-safe. Both consumers are called on the camera thread and must return quickly (hand work to another
 * thread); an exception from them is logged and the frame dropped. {@link #start()} and {@link #close()} are cheap
 * apart from close waiting up to 2 s for the device to release.
 */
public final class CameraSupervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CameraSupervisor.class);
    private static final long MIN_LOSS_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final WebcamDriver driver;
    private final CameraSettings settings;
    private final Consumer<Frame> frames;
    private final Consumer<CameraStatus> statuses;
    private final Thread thread;
    private volatile boolean running;
    private volatile CameraStatus status = new CameraStatus(CameraState.STARTING, "", "camera not started yet");
    private long sequence;
    private boolean everRan;

    /**
     * @param driver the sarxos driver that lists and opens devices (see {@link CameraDrivers})
     * @param settings which device, at what size and rate
     * @param frames receives every frame read, on the camera thread
     * @param statuses receives every state change, on the camera thread
     */
    public CameraSupervisor(WebcamDriver driver, CameraSettings settings, Consumer<Frame> frames,
            Consumer<CameraStatus> statuses) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.frames = Objects.requireNonNull(frames, "frames");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.thread = new Thread(this::run, "palmpos-camera");
        this.thread.setDaemon(true);
    }

    /** Starts the camera thread; call once. */
    public synchronized void start() {
        if (thread.getState() != Thread.State.NEW) {
            throw new IllegalStateException("camera supervisor already started; create a new one to restart");
        }
        running = true;
        thread.start();
    }

    /** The latest state; cheap. */
    public CameraStatus status() {
        return status;
    }

    /** Stops reading, closes the device and reports {@link CameraState#STOPPED}. Idempotent. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("camera thread did not stop within 2 s; the device driver may be stuck in a read");
        }
    }

    private void run() {
        Backoff backoff = new Backoff(settings.reopenBackoffMax());
        report(CameraState.STARTING, "", "looking for " + settings.device());
        while (running) {
            Optional<WebcamDevice> device = find();
            if (device.isEmpty()) {
                report(everRan ? CameraState.LOST : CameraState.NO_CAMERA, "", "no " + settings.device()
                        + " is attached: plug the camera in or choose another one in the settings");
            } else {
                try (DeviceSession session = DeviceSession.open(device.get(), settings)) {
                    backoff.reset();
                    everRan = true;
                    report(CameraState.RUNNING, session.name(), "camera " + session.name() + " is running");
                    stream(session);
                    if (running) {
                        report(CameraState.LOST, session.name(), "camera " + session.name()
                                + " stopped delivering frames: check its cable; reconnecting");
                    }
                } catch (RuntimeException e) {
                    LOG.warn("opening {} failed", settings.device(), e);
                    report(everRan ? CameraState.LOST : CameraState.NO_CAMERA, device.get().getName(),
                            "camera " + device.get().getName() + " could not be opened (" + e.getMessage()
                                    + "): close other programs using it; retrying");
                }
            }
            if (running) {
                LockSupport.parkNanos(backoff.nextDelayNanos());
            }
        }
        report(CameraState.STOPPED, "", "camera stopped");
    }

    private Optional<WebcamDevice> find() {
        try {
            List<WebcamDevice> devices = driver.getDevices();
            return settings.device().pick(devices);
        } catch (RuntimeException e) {
            LOG.warn("camera driver {} could not list devices", driver.getClass().getSimpleName(), e);
            return Optional.empty();
        }
    }

    /** Reads frames until the device stops delivering or the supervisor is closed. */
    private void stream(DeviceSession session) {
        long interval = settings.frameIntervalNanos();
        long lossNanos = Math.max(MIN_LOSS_NANOS, 10 * interval);
        long lastGood = System.nanoTime();
        long next = lastGood;
        while (running) {
            BufferedImage image = session.read();
            long now = System.nanoTime();
            if (image != null) {
                lastGood = now;
                deliver(new Frame(image, sequence++, now));
            } else if (now - lastGood > lossNanos) {
                return;
            }
            next = Math.max(next + interval, now - interval);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    private void deliver(Frame frame) {
        try {
            frames.accept(frame);
        } catch (RuntimeException e) {
            LOG.error("frame consumer failed on frame {}; frame dropped", frame.sequence(), e);
        }
    }

    private void report(CameraState state, String deviceName, String message) {
        if (status.state() == state && status.deviceName().equals(deviceName) && state != CameraState.STARTING) {
            return;
        }
        status = new CameraStatus(state, deviceName, message);
        LOG.info("camera: {} ({})", state, message);
        try {
            statuses.accept(status);
        } catch (RuntimeException e) {
            LOG.error("camera status listener failed on {}", state, e);
        }
    }
}
