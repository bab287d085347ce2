package com.palmpos.scanner.camera;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import com.palmpos.scanner.camera.internal.OpenCvWebcamDevice;
import com.palmpos.scanner.camera.internal.VideoDeviceProbe;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sarxos {@link WebcamDriver} backed by OpenCV's {@code VideoCapture} (org.openpnp natives for Linux, Windows
 * and macOS), which works on Java 17 where sarxos' default BridJ driver often does not.
 *
 * <p>OpenCV cannot list cameras, so {@link #getDevices()} probes: on Linux it lists {@code /dev/video*} capture
 * nodes with their names from sysfs (no device is opened, so it is cheap and silent); elsewhere it opens indices
 * 0..{@value #PROBED_INDICES}-1 once and keeps those that open (slow, up to a second per absent index: call it off
 * the FX thread). With no camera it returns an empty list; it never throws for a missing camera.
 * Thread-safe.
 */
public final class OpenCvWebcamDriver implements WebcamDriver {
    private static final Logger LOG = LoggerFactory.getLogger(OpenCvWebcamDriver.class);
    static final int PROBED_INDICES = 4;
    private final VideoDeviceProbe probe;

    public OpenCvWebcamDriver() {
        this(VideoDeviceProbe.forThisSystem());
    }

    OpenCvWebcamDriver(VideoDeviceProbe probe) {
        this.probe = probe;
    }

    @Override
    public List<WebcamDevice> getDevices() {
        List<WebcamDevice> devices = new ArrayList<>();
        try {
            for (VideoDeviceProbe.Found found : probe.find(PROBED_INDICES)) {
                devices.add(new OpenCvWebcamDevice(found.index(), found.name()));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("OpenCV could not look for cameras; reporting none", e);
        }
        return devices;
    }

    /** True: every device has its own VideoCapture. */
    @Override
    public boolean isThreadSafe() {
        return true;
    }

    @Override
    public String toString() {
        return "OpenCV camera driver";
    }
}
