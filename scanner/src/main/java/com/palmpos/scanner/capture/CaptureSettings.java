package com.palmpos.scanner.capture;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Typed settings of the capture loop, with defaults. Immutable.
 *
 * @param minQuality smallest capture quality (0..1, the engine's weakest-component score) used for a decision;
 *     lower captures produce {@link GuidanceHint#HOLD_STILL}
 * @param capturesBeforeUnknown good captures searched together before a hand is declared {@link
 *     CaptureEvent.Unknown}; a match is reported as soon as one capture matches
 * @param handGoneFrames analysed frames without a hand before the hand counts as removed and the loop resets
 *     (tolerates a frame or two of failed segmentation)
 * @param maxMotion largest move of the hand's centre between two analysed frames, fraction of the frame, for a
 *     capture to count as held still
 * @param previewWidth width of preview frames, pixels (height keeps the camera's aspect)
 * @param debugCapture when true, every analysed frame is written as PNG to {@code debugDirectory}; a manager's
 *     switch for diagnosing a counter, off by default because frames show customers
 * @param debugDirectory where debug frames go; required only when {@code debugCapture} is on
 */
public record CaptureSettings(double minQuality, int capturesBeforeUnknown, int handGoneFrames, double maxMotion,
                              int previewWidth, boolean debugCapture, Path debugDirectory) {

    public CaptureSettings {
        if (!(minQuality >= 0 && minQuality <= 1)) {
            throw new IllegalArgumentException("minimum capture quality must be within 0..1, got " + minQuality);
        }
        if (capturesBeforeUnknown < 1 || capturesBeforeUnknown > 10) {
            throw new IllegalArgumentException("captures before unknown must be 1..10, got " + capturesBeforeUnknown);
        }
        if (handGoneFrames < 1 || handGoneFrames > 30) {
            throw new IllegalArgumentException("hand-gone frames must be 1..30, got " + handGoneFrames);
        }
        if (!(maxMotion > 0 && maxMotion <= 1)) {
            throw new IllegalArgumentException("max motion must be a fraction in (0, 1], got " + maxMotion);
        }
        if (previewWidth < 32 || previewWidth > 1920) {
            throw new IllegalArgumentException("preview width must be 32..1920 pixels, got " + previewWidth);
        }
        if (debugCapture && debugDirectory == null) {
            throw new IllegalArgumentException("debug capture is on but no debug directory is set: set one or "
                    + "turn debug capture off");
        }
    }

    /** Quality 0.2, 3 captures before Unknown, 3 frames to forget a hand, 5 % motion, 320 px preview, no debug. */
    public static CaptureSettings defaults() {
        return new CaptureSettings(0.2, 3, 3, 0.05, 320, false, null);
    }

    /** Copy with debug capture into {@code directory} turned on. */
    public CaptureSettings withDebugCapture(Path directory) {
        return new CaptureSettings(minQuality, capturesBeforeUnknown, handGoneFrames, maxMotion, previewWidth, true,
                Objects.requireNonNull(directory, "directory"));
    }

    public CaptureSettings withMinQuality(double quality) {
        return new CaptureSettings(quality, capturesBeforeUnknown, handGoneFrames, maxMotion, previewWidth,
                debugCapture, debugDirectory);
    }
}
