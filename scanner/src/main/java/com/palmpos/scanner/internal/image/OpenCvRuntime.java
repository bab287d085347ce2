package com.palmpos.scanner.internal.image;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the OpenCV native library once per JVM (about 330 ms the first time, free afterwards). Thread-safe.
 */
public final class OpenCvRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(OpenCvRuntime.class);
    private static volatile boolean loaded;

    private OpenCvRuntime() {
    }

    /** Makes sure the OpenCV natives are loaded; call before any OpenCV use. */
    public static void ensureLoaded() {
        if (!loaded) {
            synchronized (OpenCvRuntime.class) {
                if (!loaded) {
                    long start = System.nanoTime();
                    nu.pattern.OpenCV.loadLocally();
                    loaded = true;
                    LOG.debug("OpenCV {} loaded in {} ms", org.opencv.core.Core.VERSION,
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
    }
}
