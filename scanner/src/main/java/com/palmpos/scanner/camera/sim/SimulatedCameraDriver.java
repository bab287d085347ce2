package com.palmpos.scanner.camera.sim;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import java.util.List;
import java.util.Objects;

/**
 * A sarxos {@link WebcamDriver} with one simulated camera that plays a {@link Scene}, so the demo mode and the
 * tests run exactly the code path of a real camera. The pace is set by the reader (the camera supervisor reads at
 * the configured frame rate); the sequence of frames is fully deterministic.
 *
 * <p>{@link #unplug()} makes the camera vanish as a USB camera does (reads fail, the device list is empty, opening
 * fails) and {@link #replug()} brings it back. Thread-safe.
 */
public final class SimulatedCameraDriver implements WebcamDriver {
    /** What the camera shows after the scene's last frame. */
    public enum Playback { LOOP, HOLD_LAST }

    /** Observes each frame as it is handed out: which one, what it shows, when (System.nanoTime()). */
    @FunctionalInterface
    public interface FrameTap {
        void delivered(int index, String label, long nanos);
    }

    private final SimulatedCameraDevice device;
    private volatile boolean plugged = true;

    /** A camera named "Simulated camera" playing {@code scene} in a loop. */
    public SimulatedCameraDriver(Scene scene) {
        this("Simulated camera", scene, Playback.LOOP, (index, label, nanos) -> { });
    }

    /**
     * @param name device name (what a {@link com.palmpos.scanner.camera.CameraSelector} matches)
     * @param scene the frames to play
     * @param playback what follows the last frame
     * @param tap called on the reading thread for every frame handed out; must be cheap
     */
    public SimulatedCameraDriver(String name, Scene scene, Playback playback, FrameTap tap) {
        this.device = new SimulatedCameraDevice(Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(scene, "scene"), Objects.requireNonNull(playback, "playback"),
                Objects.requireNonNull(tap, "tap"), () -> plugged);
    }

    @Override
    public List<WebcamDevice> getDevices() {
        return plugged ? List.of(device) : List.of();
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    /** Pulls the cable: reads return nothing and the device disappears from the list until {@link #replug()}. */
    public void unplug() {
        plugged = false;
    }

    /** Plugs the camera back in; the scene continues where it was. */
    public void replug() {
        plugged = true;
    }

    /** Number of frames handed out so far. */
    public long framesDelivered() {
        return device.delivered();
    }
}
