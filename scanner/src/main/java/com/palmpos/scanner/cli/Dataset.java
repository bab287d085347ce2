package com.palmpos.scanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A folder of {@code <subject>/<image>} files, subjects and images sorted by name. Immutable. */
record Dataset(List<Sample> samples, int subjects) {
    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".bmp");

    /** One image file and the index of its subject. */
    record Sample(int subject, String subjectName, Path file) {
    }

    /**
     * @throws IllegalArgumentException with a message for the user if the folder is missing or holds no images
     */
    static Dataset load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dataset folder " + dir + " does not exist or is not a folder: "
                    + "pass a folder holding <subject>/<image> files");
        }
        List<Sample> samples = new ArrayList<>();
        int subject = 0;
        try (Stream<Path> dirs = Files.list(dir)) {
            for (Path sub : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<Path> images;
                try (Stream<Path> files = Files.list(sub)) {
                    images = files.filter(Dataset::isImage).sorted().toList();
                }
                if (images.isEmpty()) {
                    continue;
                }
                for (Path image : images) {
                    samples.add(new Sample(subject, sub.getFileName().toString(), image));
                }
                subject++;
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read dataset folder " + dir + ": " + e.getMessage(), e);
        }
        if (subject < 2) {
            throw new IllegalArgumentException("dataset folder " + dir + " holds images of " + subject
                    + " subject(s); evaluation needs at least 2 subject folders with png, jpg or bmp images");
        }
        return new Dataset(List.copyOf(samples), subject);
    }

    private static boolean isImage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
