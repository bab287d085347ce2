package com.palmpos.scanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident memory of the test JVM (Linux), for the checks that per-frame native matrices are released. OpenCV frees
 * a Java {@code Mat}'s pixels only in a finalizer, and its Java API has no allocation counters, so the process's
 * resident set is the measure: a leak of one frame's matrices is megabytes a frame, far above the noise.
 */
public final class NativeMemory {
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private NativeMemory() {
    }

    /** Resident set in MiB. */
    public static long residentMb() {
        try {
            Matcher m = RSS.matcher(Files.readString(Path.of("/proc/self/status")));
            if (!m.find()) {
                throw new IllegalStateException("no VmRSS line in /proc/self/status");
            }
            return Long.parseLong(m.group(1)) / 1024;
        } catch (IOException e) {
            throw new IllegalStateException("these checks read /proc/self/status and run on Linux", e);
        }
    }
}
