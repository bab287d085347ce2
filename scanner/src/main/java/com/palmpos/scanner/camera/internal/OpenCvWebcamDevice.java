package com.palmpos.scanner.camera.internal;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamException;
import com.palmpos.scanner.internal.image.MatScope;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/**
 * One camera opened through OpenCV's VideoCapture. {@link #getImage()} blocks until the camera delivers a frame
 * (at most one frame interval on a healthy camera) and returns null when the read fails (camera unplugged).
 * Used from one thread at a time (the supervisor's).
 */
public final class OpenCvWebcamDevice implements WebcamDevice, WebcamDevice.FPSSource {
    private static final Dimension[] RESOLUTIONS = {
        new Dimension(320, 240), new Dimension(640, 480), new Dimension(800, 600), new Dimension(1280, 720)
    };
    private final int index;
    private final String name;
    private Dimension resolution = new Dimension(640, 480);
    private VideoCapture capture;
    /** Read into frame after frame: OpenCV reuses its pixels while the size stays the same. */
    private Mat mat;

    public OpenCvWebcamDevice(int index, String name) {
        this.index = index;
        this.name = name;
    }

    @Override
    public String getName() {
        return name + " (" + index + ")";
    }

    @Override
    public Dimension[] getResolutions() {
        return RESOLUTIONS.clone();
    }

    @Override
    public Dimension getResolution() {
        return new Dimension(resolution);
    }

    @Override
    public void setResolution(Dimension size) {
        if (capture != null) {
            throw new IllegalStateException("close camera " + getName() + " before changing its resolution");
        }
        resolution = new Dimension(size);
    }

    /**
     * Opens the camera.
     *
     * @throws WebcamException if OpenCV cannot open it (absent, busy, no permission)
     */
    @Override
    public synchronized void open() {
        if (capture != null) {
            return;
        }
        OpenCvRuntime.ensureLoaded();
        VideoCapture c = new VideoCapture(index);
        if (!c.isOpened()) {
            c.release();
            throw new WebcamException("OpenCV cannot open camera " + getName()
                    + ": it is absent, used by another program, or this user may not access it");
        }
        c.set(Videoio.CAP_PROP_FRAME_WIDTH, resolution.width);
        c.set(Videoio.CAP_PROP_FRAME_HEIGHT, resolution.height);
        capture = c;
        mat = new Mat();
    }

    @Override
    public synchronized BufferedImage getImage() {
        if (capture == null || !capture.read(mat) || mat.empty()) {
            return null;
        }
        return toImage(mat);
    }

    @Override
    public synchronized void close() {
        if (capture != null) {
            capture.release();
            capture = null;
        }
        if (mat != null) {
            mat.release();
            mat = null;
        }
    }

    @Override
    public void dispose() {
        close();
    }

    @Override
    public synchronized boolean isOpen() {
        return capture != null;
    }

    @Override
    public synchronized double getFPS() {
        return capture == null ? 0 : capture.get(Videoio.CAP_PROP_FPS);
    }

    /**
     * Copies a frame into a fresh {@code TYPE_3BYTE_BGR} BufferedImage: 8-bit BGR as it is, grey and BGRA converted,
     * other depths scaled to 8 bits. Any intermediate matrix is released before it returns; {@code frame} is left
     * as it was. Cost: one copy of the frame (about 0.3 ms at 640x480).
     *
     * @throws IllegalArgumentException for an empty frame or one with 2 or more than 4 channels
     */
    public static BufferedImage toImage(Mat frame) {
        if (frame.empty()) {
            throw new IllegalArgumentException("the camera delivered an empty frame");
        }
        int channels = frame.channels();
        if (channels != 1 && channels != 3 && channels != 4) {
            throw new IllegalArgumentException("a camera frame has 1, 3 or 4 channels, this one has " + channels);
        }
        if (frame.type() == CvType.CV_8UC3 && frame.isContinuous()) {
            return copy(frame);
        }
        try (MatScope scope = new MatScope()) {
            Mat eight = frame;
            if (frame.depth() != CvType.CV_8U) {
                eight = scope.mat();
                double scale = frame.depth() == CvType.CV_16U ? 1.0 / 256 : 1.0;
                frame.convertTo(eight, CvType.CV_8U, scale);
            }
            Mat bgr = scope.mat();
            if (channels == 3) {
                eight.copyTo(bgr); // continuous
            } else {
                Imgproc.cvtColor(eight, bgr, channels == 1 ? Imgproc.COLOR_GRAY2BGR : Imgproc.COLOR_BGRA2BGR);
            }
            return copy(bgr);
        }
    }

    private static BufferedImage copy(Mat bgr) {
        BufferedImage image = new BufferedImage(bgr.cols(), bgr.rows(), BufferedImage.TYPE_3BYTE_BGR);
        bgr.get(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        return image;
    }
}
