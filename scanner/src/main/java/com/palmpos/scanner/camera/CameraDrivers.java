package com.palmpos.scanner.camera;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the sarxos driver for real cameras named in {@link CameraSettings}. Stateless. */
public final class CameraDrivers {
    private static final Logger LOG = LoggerFactory.getLogger(CameraDrivers.class);

    private CameraDrivers() {
    }

    /**
     * The driver for a real camera. Cheap: natives load on first device listing.
     *
     * @throws IllegalArgumentException for {@link CameraSettings.Driver#SIMULATED}, which needs a scene: build a
     *     {@link com.palmpos.scanner.camera.sim.SimulatedCameraDriver} instead
     */
    public static WebcamDriver forHardware(CameraSettings.Driver kind) {
        return switch (kind) {
            case OPENCV -> new OpenCvWebcamDriver();
            case BRIDJ -> new GuardedBridjDriver();
            case SIMULATED -> throw new IllegalArgumentException("the simulated camera needs a scene: build a "
                    + "SimulatedCameraDriver with one (demo mode) instead of asking for a hardware driver");
        };
    }

    /**
     * sarxos' default driver loads BridJ natives in its constructor, which fails on many Java 17 set-ups with a
     * LinkageError; this wrapper turns that into "no camera" plus one warning, so the supervisor reports
     * {@link CameraState#NO_CAMERA} instead of dying.
     */
    private static final class GuardedBridjDriver implements WebcamDriver {
        private WebcamDriver delegate;
        private boolean failed;

        @Override
        public synchronized List<WebcamDevice> getDevices() {
            if (failed) {
                return List.of();
            }
            try {
                if (delegate == null) {
                    delegate = new com.github.sarxos.webcam.ds.buildin.WebcamDefaultDriver();
                }
                return delegate.getDevices();
            } catch (RuntimeException | LinkageError e) {
                failed = true;
                LOG.warn("the BridJ camera driver does not work on this system; set the camera driver to opencv", e);
                return List.of();
            }
        }

        @Override
        public boolean isThreadSafe() {
            return false;
        }
    }
}
