package com.palmpos.scanner.camera;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Typed camera configuration with defaults. Immutable.
 *
 * @param driver which sarxos driver opens the camera
 * @param device which camera of that driver
 * @param width wanted frame width, pixels (the camera may give the nearest size it supports)
 * @param height wanted frame height, pixels
 * @param fps frames per second the supervisor asks for and paces to
 * @param reopenBackoffMax longest wait between two attempts to reopen a lost or absent camera
 */
public record CameraSettings(Driver driver, CameraSelector device, int width, int height, int fps,
                             Duration reopenBackoffMax) {

    /** The camera drivers PalmPOS knows. */
    public enum Driver {
        /** OpenCV VideoCapture (org.openpnp natives): works on Java 17 on Linux, Windows and macOS. */
        OPENCV,
        /** sarxos' default BridJ driver: only where its natives load (older Windows/macOS set-ups). */
        BRIDJ,
        /** A scripted scene for the demo mode and tests; no hardware. */
        SIMULATED;

        /** Parses a configuration value such as {@code "opencv"}; the message lists the valid names. */
        public static Driver parse(String text) {
            try {
                return valueOf(Objects.requireNonNull(text, "camera driver").strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown camera driver '" + text
                        + "': use one of opencv, bridj, simulated", e);
            }
        }
    }

    public CameraSettings {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(reopenBackoffMax, "reopenBackoffMax");
        if (width < 160 || width > 4096 || height < 120 || height > 4096) {
            throw new IllegalArgumentException("camera resolution " + width + "x" + height
                    + " is out of range: use 160x120 up to 4096x4096, e.g. 640x480");
        }
        if (fps < 1 || fps > 120) {
            throw new IllegalArgumentException("camera frame rate " + fps + " is out of range: use 1 to 120, e.g. 15");
        }
        if (reopenBackoffMax.isNegative() || reopenBackoffMax.isZero()) {
            throw new IllegalArgumentException("camera reopen backoff must be positive, got " + reopenBackoffMax);
        }
    }

    /** OpenCV driver, first camera, 640x480 at 15 fps, reopen attempts at most 5 s apart. */
    public static CameraSettings defaults() {
        return new CameraSettings(Driver.OPENCV, CameraSelector.first(), 640, 480, 15, Duration.ofSeconds(5));
    }

    /**
     * Settings from configuration text, e.g. {@code ("opencv", "Logitech", "1280x720", 15)}; blank device = the
     * first camera.
     *
     * @throws IllegalArgumentException naming the bad value and what would be valid
     */
    public static CameraSettings fromText(String driver, String device, String resolution, int fps) {
        String r = Objects.requireNonNull(resolution, "resolution").strip().toLowerCase(Locale.ROOT);
        String[] parts = r.split("x");
        if (parts.length != 2 || !parts[0].matches("\\d{1,5}") || !parts[1].matches("\\d{1,5}")) {
            throw new IllegalArgumentException("camera resolution '" + resolution
                    + "' is not WIDTHxHEIGHT: write it like 640x480");
        }
        return new CameraSettings(Driver.parse(driver), CameraSelector.parse(device), Integer.parseInt(parts[0]),
                Integer.parseInt(parts[1]), fps, defaults().reopenBackoffMax());
    }

    public CameraSettings withDriver(Driver newDriver) {
        return new CameraSettings(newDriver, device, width, height, fps, reopenBackoffMax);
    }

    public CameraSettings withDevice(CameraSelector newDevice) {
        return new CameraSettings(driver, newDevice, width, height, fps, reopenBackoffMax);
    }

    public CameraSettings withResolution(int newWidth, int newHeight) {
        return new CameraSettings(driver, device, newWidth, newHeight, fps, reopenBackoffMax);
    }

    public CameraSettings withFps(int newFps) {
        return new CameraSettings(driver, device, width, height, newFps, reopenBackoffMax);
    }

    public CameraSettings withReopenBackoffMax(Duration newMax) {
        return new CameraSettings(driver, device, width, height, fps, newMax);
    }

    /** Time between two frames at {@link #fps}, nanoseconds. */
    public long frameIntervalNanos() {
        return 1_000_000_000L / fps;
    }
}
