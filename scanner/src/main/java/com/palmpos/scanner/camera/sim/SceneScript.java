package com.palmpos.scanner.camera.sim;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Scene} assembled shot by shot: "the empty counter for 10 frames, a hand entering over 3 frames, held
 * still for 30". Images are kept by reference, so a shot held for many frames costs one image. Immutable once
 * built; the builder is not thread-safe.
 */
public final class SceneScript implements Scene {
    private final List<BufferedImage> frames;
    private final List<String> labels;

    private SceneScript(List<BufferedImage> frames, List<String> labels) {
        this.frames = List.copyOf(frames);
        this.labels = List.copyOf(labels);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int length() {
        return frames.size();
    }

    @Override
    public BufferedImage frame(int index) {
        return frames.get(index);
    }

    @Override
    public String label(int index) {
        return labels.get(index);
    }

    /** Index of the first frame with this label, or -1. */
    public int firstIndexOf(String label) {
        return labels.indexOf(label);
    }

    /** Collects shots in order. */
    public static final class Builder {
        private final List<BufferedImage> frames = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();

        /** The same image for {@code count} frames. */
        public Builder hold(String label, BufferedImage image, int count) {
            Objects.requireNonNull(image, "image");
            if (count < 1) {
                throw new IllegalArgumentException("a shot lasts at least 1 frame, got " + count);
            }
            for (int i = 0; i < count; i++) {
                frames.add(image);
                labels.add(label);
            }
            return this;
        }

        /** Each image once, in order (e.g. a hand moving). */
        public Builder play(String label, List<BufferedImage> images) {
            images.forEach(image -> hold(label, image, 1));
            return this;
        }

        /** Every frame of another scene, with its labels, after the shots so far. */
        public Builder append(Scene scene) {
            for (int i = 0; i < scene.length(); i++) {
                frames.add(scene.frame(i));
                labels.add(scene.label(i));
            }
            return this;
        }

        /**
         * The scene so far.
         *
         * @throws IllegalStateException if no shot was added
         */
        public SceneScript build() {
            if (frames.isEmpty()) {
                throw new IllegalStateException("a scene needs at least one shot");
            }
            return new SceneScript(frames, labels);
        }
    }
}
