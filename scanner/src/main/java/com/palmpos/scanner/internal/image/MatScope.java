package com.palmpos.scanner.internal.image;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opencv.core.Mat;

/**
 * Releases the native pixels of every {@link Mat} registered with it when closed, so per-frame matrices never wait
 * for the garbage collector: OpenCV's Java {@code Mat} frees its pixels only in a finalizer, and a 640x480 frame's
 * few dozen intermediate matrices are megabytes of native memory behind a few hundred bytes of heap. Without this
 * the terminal's resident memory grew by gigabytes while the heap stayed small (see the soak in the README).
 *
 * <pre>{@code
 * try (MatScope scope = new MatScope()) {
 *     Mat grey = scope.mat();
 *     Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
 *     return scope.keep(result); // handed to the caller, who releases it
 * }
 * }</pre>
 * Registering the same matrix twice is harmless ({@link Mat#release()} is idempotent). Not thread-safe: one scope
 * per call, on one thread.
 */
public final class MatScope implements AutoCloseable {
    private final List<Mat> mats = new ArrayList<>();

    /** A new empty matrix, released with the scope. */
    public Mat mat() {
        return add(new Mat());
    }

    /** Registers {@code mat} (may be null) to be released with the scope; returns it. */
    public <M extends Mat> M add(M mat) {
        if (mat != null) {
            mats.add(mat);
        }
        return mat;
    }

    /** Registers every matrix of {@code all}; returns the collection. */
    public <C extends Collection<? extends Mat>> C addAll(C all) {
        all.forEach(this::add);
        return all;
    }

    /** Takes {@code mat} out of the scope (it outlives it: the caller owns it now); returns it. */
    public <M extends Mat> M keep(M mat) {
        mats.removeIf(m -> m == mat);
        return mat;
    }

    /** Releases the pixels of every registered matrix, newest first. */
    @Override
    public void close() {
        for (int i = mats.size() - 1; i >= 0; i--) {
            mats.get(i).release();
        }
        mats.clear();
    }
}
