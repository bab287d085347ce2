package com.palmpos.scanner.cli;

import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code palmpos synth OUTDIR --subjects N --samples M [--seed S] [--hand] [--size PX]}: writes a synthetic palm
 * data set as {@code OUTDIR/s0001/0001.png ...}, one folder per subject, subjects and samples numbered from 1.
 * The same arguments always write byte-identical files. Bad arguments exit with code 2 and a one-line message.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Writes synthetic palm images: OUTDIR/s0001/0001.png, one folder per subject.")
public final class SynthCommand implements Callable<Integer> {
    private static final int MAX_SUBJECTS = 100_000, MAX_SAMPLES = 10_000;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTDIR", description = "Directory to write into (created if missing).")
    private Path outDir;

    @Option(names = "--subjects", required = true, paramLabel = "N", description = "Number of identities (>= 1).")
    private int subjects;

    @Option(names = "--samples", required = true, paramLabel = "M", description = "Images per identity (>= 1).")
    private int samples;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Population seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--hand", description = "Write 640x480 whole-hand frames instead of palm ROI crops.")
    private boolean hand;

    @Option(names = "--size", defaultValue = "128", paramLabel = "PX",
            description = "ROI crop side in pixels, 32-1024 (default: ${DEFAULT-VALUE}); ignored with --hand.")
    private int size;

    @Override
    public Integer call() {
        validate();
        SyntheticPalms palms = new SyntheticPalms(seed);
        long start = System.nanoTime();
        try {
            // Subjects render in parallel; each image depends only on its indices, so the files are the same anyway.
            IntStream.rangeClosed(1, subjects).parallel().forEach(subject -> writeSubject(palms, subject));
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Wrote %d %s images (%d subjects x %d samples, seed %d) to %s in %.1f s%n",
                subjects * samples, hand ? "640x480 hand" : size + "x" + size + " ROI", subjects, samples, seed,
                outDir.toAbsolutePath(), seconds);
        out.flush();
        return 0;
    }

    private void validate() {
        if (subjects < 1 || subjects > MAX_SUBJECTS) {
            throw bad("--subjects must be 1-" + MAX_SUBJECTS + ", got " + subjects);
        }
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw bad("--samples must be 1-" + MAX_SAMPLES + ", got " + samples);
        }
        if (!hand && (size < 32 || size > 1024)) {
            throw bad("--size must be 32-1024 pixels, got " + size);
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException | SecurityException e) {
            throw bad("cannot create OUTDIR " + outDir + " (" + e.getClass().getSimpleName()
                    + "): choose a writable directory");
        }
        if (!Files.isDirectory(outDir) || !Files.isWritable(outDir)) {
            throw bad("OUTDIR " + outDir + " is not a writable directory: choose a writable directory");
        }
    }

    private void writeSubject(SyntheticPalms palms, int subject) {
        Path dir = outDir.resolve(String.format("s%04d", subject));
        createDirectories(dir);
        for (int sample = 1; sample <= samples; sample++) {
            BufferedImage image = hand ? palms.hand(subject, sample) : palms.roi(subject, sample, size);
            write(image, dir.resolve(String.format("%04d.png", sample)));
        }
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": check free space and permissions", e);
        }
    }

    private static void write(BufferedImage image, Path file) {
        try {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IllegalStateException("no PNG writer available in this JRE");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": check free space and permissions", e);
        }
    }
}
