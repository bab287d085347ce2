package com.palmpos.scanner.capture;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import com.palmpos.scanner.camera.sim.Scene;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A simulated camera paced by its consumer: it hands out the next frame of the scene (looping) only once the
 * analysis has finished the previous one ({@link #analyzer} releases it), like a real camera whose
 * {@code getImage()} blocks until a frame is there. The capture loop then analyses every frame of the scene in
 * order, whatever the machine's load: which frames a test sees no longer depends on how many frames a slow
 * analysis let the wall-clock-paced reader drop. Thread-safe.
 */
final class PacedCameraDriver implements WebcamDriver {
    private final Semaphore analysed = new Semaphore(1);
    private final Device device;

    PacedCameraDriver(Scene scene) {
        this.device = new Device(scene);
    }

    /** Wraps the loop's analyzer so that each finished analysis lets the next frame out. */
    FrameAnalyzer analyzer(FrameAnalyzer inner) {
        return new FrameAnalyzer() {
            @Override
            public Analysis analyze(BufferedImage frame) {
                return analyze(frame, false);
            }

            @Override
            public Analysis analyze(BufferedImage frame, boolean enrolling) {
                try {
                    return inner.analyze(frame, enrolling);
                } finally {
                    analysed.release();
                }
            }
        };
    }

    @Override
    public List<WebcamDevice> getDevices() {
        return List.of(device);
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    private final class Device implements WebcamDevice {
        private final Scene scene;
        private final Dimension size;
        private volatile boolean open;
        private int cursor;

        Device(Scene scene) {
            this.scene = scene;
            this.size = new Dimension(scene.frame(0).getWidth(), scene.frame(0).getHeight());
        }

        @Override
        public String getName() {
            return "Paced simulated camera";
        }

        @Override
        public Dimension[] getResolutions() {
            return new Dimension[] {new Dimension(size)};
        }

        @Override
        public Dimension getResolution() {
            return new Dimension(size);
        }

        @Override
        public void setResolution(Dimension ignored) {
            // one mode only, as the scene's size
        }

        /** Blocks until the previous frame was analysed (or the camera is closed: null). */
        @Override
        public BufferedImage getImage() {
            try {
                while (open) {
                    if (analysed.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                        return scene.frame(cursor++ % scene.length());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        @Override
        public void open() {
            open = true;
        }

        @Override
        public void close() {
            open = false;
        }

        @Override
        public void dispose() {
            close();
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }
}
