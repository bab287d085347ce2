package com.palmpos.scanner.camera.internal;

import com.github.sarxos.webcam.WebcamDevice;
import com.palmpos.scanner.camera.CameraSettings;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One opened device, closed on {@link #close()}. Reads swallow driver exceptions into "no frame", since a driver
 * throwing mid-stream means the same to the supervisor as a camera that went quiet. Not thread-safe.
 */
public final class DeviceSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceSession.class);
    private final WebcamDevice device;
    private final String name;

    private DeviceSession(WebcamDevice device) {
        this.device = device;
        this.name = device.getName() == null ? "unnamed camera" : device.getName();
    }

    /** Opens the device at the supported resolution nearest to the settings. */
    public static DeviceSession open(WebcamDevice device, CameraSettings settings) {
        device.setResolution(nearest(device.getResolutions(), settings.width(), settings.height()));
        device.open();
        return new DeviceSession(device);
    }

    public String name() {
        return name;
    }

    /** The next image, or null if the device gave none. */
    public BufferedImage read() {
        try {
            return device.isOpen() ? device.getImage() : null;
        } catch (RuntimeException e) {
            LOG.debug("camera {} failed to deliver a frame", name, e);
            return null;
        }
    }

    @Override
    public void close() {
        try {
            device.close();
        } catch (RuntimeException e) {
            LOG.debug("closing camera {} failed; it was probably gone already", name, e);
        }
    }

    static Dimension nearest(Dimension[] supported, int width, int height) {
        Dimension wanted = new Dimension(width, height);
        if (supported == null || supported.length == 0) {
            return wanted;
        }
        Dimension best = supported[0];
        for (Dimension d : supported) {
            if (Math.abs(d.width * d.height - width * height) < Math.abs(best.width * best.height - width * height)) {
                best = d;
            }
        }
        return best;
    }
}
