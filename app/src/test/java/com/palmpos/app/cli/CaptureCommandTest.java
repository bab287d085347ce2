package com.palmpos.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.Parameters;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CaptureCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Cli.create(new GuiCommand(), List.of(new CaptureCommand()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path simulatedCameraConfig() throws Exception {
        return Files.writeString(dir.resolve("c.properties"), "camera.driver = simulated\ncamera.fps = 30\n");
    }

    @Test
    void recordsOpenHandFramesFromTheSimulatedCameraIntoTheSubjectsFolder() throws Exception {
        Path data = dir.resolve("set");
        int code = run("capture", "--config", simulatedCameraConfig().toString(), "--data", dir.toString(),
                "--out", data.toString(), "--subject", "anna-right", "--count", "2", "--timeout", "60");
        assertThat(code).as(err.toString()).isZero();
        List<Path> files;
        try (Stream<Path> listed = Files.list(data.resolve("anna-right"))) {
            files = listed.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("0001.png", "0002.png");
        PalmEngine engine = new PalmEngine(Parameters.defaults());
        for (Path file : files) {
            assertThat(engine.extract(ImageIO.read(file.toFile()), InputKind.HAND).succeeded()).isTrue();
        }
        assertThat(out.toString()).contains("saved 0002.png", "palmpos eval " + data + " --input hand");
    }

    @Test
    void continuesNumberingAfterFramesAlreadyThere() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("set").resolve("bo"));
        Files.writeString(folder.resolve("0007.png"), "kept");
        int code = run("capture", "--config", simulatedCameraConfig().toString(), "--data", dir.toString(),
                "--out", dir.resolve("set").toString(), "--subject", "bo", "--count", "1", "--timeout", "60");
        assertThat(code).as(err.toString()).isZero();
        assertThat(folder.resolve("0008.png")).exists();
        assertThat(Files.readString(folder.resolve("0007.png"))).isEqualTo("kept");
    }

    @Test
    void refusesASubjectThatIsNotAFolderName() throws Exception {
        int code = run("capture", "--config", simulatedCameraConfig().toString(), "--data", dir.toString(),
                "--out", dir.toString(), "--subject", "../etc", "--count", "1");
        assertThat(code).isEqualTo(Cli.EXIT_USAGE);
        assertThat(err.toString()).contains("--subject must be", "'../etc'");
        assertThat(dir.resolve("etc")).doesNotExist();
    }
}
