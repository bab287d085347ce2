package com.palmpos.scanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SynthCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new SynthCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesOneFolderPerSubjectWithNumberedImages() throws IOException {
        Path target = dir.resolve("set");
        assertThat(run(target.toString(), "--subjects", "2", "--samples", "3", "--seed", "5")).isZero();
        try (Stream<Path> files = Files.walk(target)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> target.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder("s0001/0001.png", "s0001/0002.png", "s0001/0003.png",
                            "s0002/0001.png", "s0002/0002.png", "s0002/0003.png");
        }
        BufferedImage image = ImageIO.read(target.resolve("s0002/0003.png").toFile());
        assertThat(new int[] {image.getWidth(), image.getHeight()}).containsExactly(128, 128);
        assertThat(out.toString()).contains("Wrote 6 128x128 ROI images (2 subjects x 3 samples, seed 5)");
    }

    @Test
    void writesIdenticalFilesForTheSameArguments() throws IOException {
        run(dir.resolve("a").toString(), "--subjects", "1", "--samples", "1", "--size", "64");
        run(dir.resolve("b").toString(), "--subjects", "1", "--samples", "1", "--size", "64");
        assertThat(Files.readAllBytes(dir.resolve("a/s0001/0001.png")))
                .isEqualTo(Files.readAllBytes(dir.resolve("b/s0001/0001.png")));
    }

    @Test
    void writesWholeHandFramesWithHandOption() throws IOException {
        assertThat(run(dir.toString(), "--subjects", "1", "--samples", "1", "--hand")).isZero();
        BufferedImage image = ImageIO.read(dir.resolve("s0001/0001.png").toFile());
        assertThat(new int[] {image.getWidth(), image.getHeight()}).containsExactly(640, 480);
    }

    @Test
    void rejectsZeroSubjectsWithExitCodeTwo() {
        assertThat(run(dir.toString(), "--subjects", "0", "--samples", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--subjects must be 1-100000, got 0");
    }

    @Test
    void rejectsZeroSamplesWithExitCodeTwo() {
        assertThat(run(dir.toString(), "--subjects", "1", "--samples", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--samples must be 1-10000, got 0");
    }

    @Test
    void rejectsAnOutdirThatCannotBeCreated() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "not a directory");
        assertThat(run(file.resolve("out").toString(), "--subjects", "1", "--samples", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot create OUTDIR").contains("choose a writable directory");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void rejectsMissingSubjectsOption() {
        assertThat(run(dir.toString(), "--samples", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--subjects");
    }
}
