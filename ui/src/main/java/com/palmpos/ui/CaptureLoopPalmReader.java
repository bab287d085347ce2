package com.palmpos.ui;

import com.github.sarxos.webcam.WebcamDriver;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.CameraSettings;
import com.palmpos.scanner.camera.CameraStatus;
import com.palmpos.scanner.capture.CaptureBackend;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.scanner.capture.CaptureLoop;
import com.palmpos.scanner.capture.CaptureSettings;
import com.palmpos.scanner.capture.EngineEnroller;
import com.palmpos.scanner.capture.EngineFrameAnalyzer;
import com.palmpos.scanner.capture.GalleryIdentifier;
import com.palmpos.scanner.capture.Identifier;
import com.palmpos.scanner.capture.PreviewListener;
import com.palmpos.ui.port.IdentificationPolicy;
import com.palmpos.ui.port.PalmReader;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The {@link PalmReader} over the scanner's {@link CaptureLoop}: one camera, one gallery of enrolled palms.
 * Removing a customer rebuilds the gallery from {@code galleryLoader} (rare: privacy deletions), so the gallery
 * itself never needs a delete; searches in flight finish on the old one. Thread-safe.
 */
public final class CaptureLoopPalmReader implements PalmReader, AutoCloseable {

    private final CaptureLoop loop;
    private final Supplier<PalmGallery> galleryLoader;
    private final AtomicReference<PalmGallery> gallery;

    private CaptureLoopPalmReader(WebcamDriver driver, CameraSettings camera, CaptureSettings capture,
            PalmEngine engine, Supplier<PalmGallery> galleryLoader, IdentificationPolicy policy) {
        this.galleryLoader = Objects.requireNonNull(galleryLoader, "galleryLoader");
        Objects.requireNonNull(policy, "policy");
        this.gallery = new AtomicReference<>(galleryLoader.get());
        // the local gallery as it is at each search (removals swap it)
        Identifier local = captures -> new GalleryIdentifier(gallery.get()).identify(captures);
        this.loop = new CaptureLoop(driver, camera, capture, new CaptureBackend(new EngineFrameAnalyzer(engine),
                Objects.requireNonNull(policy.identifier(local), "policy's identifier"),
                new EngineEnroller(engine.parameters())));
    }

    /**
     * Builds the loop and starts the camera (the camera opens on the loop's own thread; a missing camera is a
     * {@link com.palmpos.scanner.camera.CameraState} reported through the events, not an exception). Palms are
     * identified against the local gallery only.
     *
     * @param galleryLoader reads every stored template (called now and after each {@link #removeFromGallery})
     */
    public static CaptureLoopPalmReader start(WebcamDriver driver, CameraSettings camera, CaptureSettings capture,
            PalmEngine engine, Supplier<PalmGallery> galleryLoader) {
        return start(driver, camera, capture, engine, galleryLoader, IdentificationPolicy.localOnly());
    }

    /**
     * As {@link #start(WebcamDriver, CameraSettings, CaptureSettings, PalmEngine, Supplier)}, identifying palms as
     * {@code policy} says (the application's choice, e.g. the local gallery, then the cloud).
     */
    public static CaptureLoopPalmReader start(WebcamDriver driver, CameraSettings camera, CaptureSettings capture,
            PalmEngine engine, Supplier<PalmGallery> galleryLoader, IdentificationPolicy policy) {
        CaptureLoopPalmReader reader = new CaptureLoopPalmReader(driver, camera, capture, engine, galleryLoader,
                policy);
        reader.loop.start();
        return reader;
    }

    @Override
    public void addListener(CaptureListener listener) {
        loop.addListener(listener);
    }

    @Override
    public void removeListener(CaptureListener listener) {
        loop.removeListener(listener);
    }

    @Override
    public void addPreviewListener(PreviewListener listener) {
        loop.addPreviewListener(listener);
    }

    @Override
    public void removePreviewListener(PreviewListener listener) {
        loop.removePreviewListener(listener);
    }

    @Override
    public void startEnrollment(int captures) {
        loop.startEnrollment(captures);
    }

    @Override
    public void cancelEnrollment() {
        loop.cancelEnrollment();
    }

    @Override
    public synchronized void addToGallery(String customerId, PalmTemplate template) {
        gallery.get().add(customerId, template);
    }

    @Override
    public Optional<String> enrolledAs(PalmTemplate template) {
        return gallery.get().identify(template).subject();
    }

    /** Call after the store has deleted the customer's template: the gallery is reloaded without it. */
    @Override
    public synchronized void removeFromGallery(String customerId) {
        gallery.set(galleryLoader.get());
    }

    @Override
    public CameraStatus cameraStatus() {
        return loop.cameraStatus();
    }

    /** Camera frames analysed since the start (the soak's throughput figure). Cheap, thread-safe. */
    public long framesAnalysed() {
        return loop.framesAnalysed();
    }

    @Override
    public boolean debugCaptureOn() {
        return loop.isDebugCaptureOn();
    }

    /** Stops the camera and the analysis threads. */
    @Override
    public void close() {
        loop.close();
    }
}
