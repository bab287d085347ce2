package com.palmpos.scanner;

import com.palmpos.scanner.internal.PalmPipeline;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * Turns a camera image into a {@link PalmTemplate}, or says why it cannot.
 *
 * <p>Thread-safe: each calling thread gets its own pipeline scratch state (and, for hand frames, its own palm
 * detector network, loaded on that thread's first hand frame). Expensive: about 3-5 ms for a ROI and tens of ms for
 * a 640x480 hand frame (palm detection dominates; JMH figures in the README); never call it on the JavaFX thread.
 * The first construction in a JVM loads OpenCV (about 330 ms).
 */
public final class PalmEngine {
    private final Parameters parameters;
    private final ThreadLocal<PalmPipeline> pipelines;

    /** Engine with the given parameters and no debug output. */
    public PalmEngine(Parameters parameters) {
        this(parameters, DebugSink.NONE);
    }

    /** Engine that also hands every stage image to {@code sink} (which must then be thread-safe). */
    public PalmEngine(Parameters parameters, DebugSink sink) {
        OpenCvRuntime.ensureLoaded();
        this.parameters = Objects.requireNonNull(parameters);
        Objects.requireNonNull(sink);
        this.pipelines = ThreadLocal.withInitial(() -> new PalmPipeline(parameters, sink));
    }

    /**
     * Extracts a template from an image.
     *
     * @param image a colour or grey image; for {@link InputKind#HAND} a whole camera frame
     * @param kind what the image shows
     * @return the template with its quality, or the failure reason
     * @throws IllegalArgumentException if the image is empty
     */
    public Extraction extract(BufferedImage image, InputKind kind) {
        return extract(image, kind, false);
    }

    /**
     * Extracts a template from an enrollment capture: like {@link #extract}, without the turned probe codes
     * (only the template is stored), and with the mirrored second detection if {@link HandDetection#mirror()} is
     * {@link HandDetection.Mirror#ENROLLMENT} (not shipped; one more detector pass, about 35 ms).
     *
     * @throws IllegalArgumentException if the image is empty
     */
    public Extraction extractForEnrollment(BufferedImage image, InputKind kind) {
        return extract(image, kind, true);
    }

    private Extraction extract(BufferedImage image, InputKind kind, boolean forEnrollment) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(kind, "kind");
        if (image.getWidth() < 16 || image.getHeight() < 16) {
            throw new IllegalArgumentException("image of " + image.getWidth() + "x" + image.getHeight()
                    + " pixels is too small to hold a palm; pass a camera frame or a palm crop");
        }
        return pipelines.get().extract(image, kind, forEnrollment);
    }

    /** The parameters this engine was built with. */
    public Parameters parameters() {
        return parameters;
    }
}
