package com.palmpos.scanner.capture.internal;

import com.palmpos.scanner.capture.Analysis;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes analysed frames as PNG for diagnosis, only when a manager turned debug capture on. {@link #OFF} writes
 * nothing and costs nothing. At most {@value #MAX_FILES} files per session, so a forgotten switch cannot fill
 * the disk. Not thread-safe (analysis thread only).
 */
public interface DebugFrameWriter {
    int MAX_FILES = 500;

    /** Writes nothing. */
    DebugFrameWriter OFF = (frame, sequence, analysis) -> { };

    void write(BufferedImage frame, long sequence, Analysis analysis);

    /** A writer into {@code directory} (created if needed). */
    static DebugFrameWriter into(Path directory) {
        Logger log = LoggerFactory.getLogger(DebugFrameWriter.class);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create debug capture folder " + directory
                    + ": choose a writable folder or turn debug capture off", e);
        }
        log.warn("debug capture is ON: camera frames are written to {}", directory);
        int[] written = {0};
        return (frame, sequence, analysis) -> {
            if (written[0] >= MAX_FILES) {
                return;
            }
            String kind = analysis.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            Path file = directory.resolve(String.format(Locale.ROOT, "frame-%08d-%s.png", sequence, kind));
            try {
                ImageIO.write(frame, "png", file.toFile());
                written[0]++;
            } catch (IOException e) {
                log.warn("could not write debug frame {}", file, e);
            }
        };
    }
}
