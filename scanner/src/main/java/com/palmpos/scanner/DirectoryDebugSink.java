package com.palmpos.scanner;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/**
 * Writes each stage image as {@code <sequence>-<stage>.png} into a folder, for looking at what the pipeline saw.
 * Thread-safe (file names are unique per call). Slow (PNG encoding): for debugging only.
 */
public final class DirectoryDebugSink implements DebugSink {
    private final Path directory;
    private final AtomicLong sequence = new AtomicLong();

    /** @throws UncheckedIOException if the folder cannot be created */
    public DirectoryDebugSink(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create debug image folder " + directory, e);
        }
    }

    @Override
    public void stage(String stage, Supplier<BufferedImage> image) {
        Path file = directory.resolve(String.format("%05d-%s.png", sequence.incrementAndGet(), stage));
        try {
            ImageIO.write(image.get(), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write debug image " + file, e);
        }
    }
}
