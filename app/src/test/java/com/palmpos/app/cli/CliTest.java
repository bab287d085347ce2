package com.palmpos.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Cli.create(new GuiCommand(), List.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("gui", "config", "--config=FILE", "--data=DIR");
    }

    @Test
    void versionNamesTheProduct() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("PalmPOS ");
    }

    @Test
    void badConfigurationValueGivesOneLineAndExitCodeTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("c.properties"), "ui.theme = purple\n");
        assertThat(run("config", "--config", file.toString(), "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("palmpos: configuration key 'ui.theme' (" + file
                + ") has bad value 'purple': allowed is one of light, dark");
    }

    @Test
    void guiAcceptsConfigAndDataAfterTheCommandName() throws Exception {
        Path file = Files.writeString(dir.resolve("c.properties"), "ui.companion = sometimes\n");
        assertThat(run("gui", "--config", file.toString(), "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'ui.companion'", "'sometimes'");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour'");
    }

    @Test
    void configShowsEveryKeyWithItsSource() throws Exception {
        Path file = Files.writeString(dir.resolve("c.properties"), "ui.theme = dark\n");
        assertThat(run("config", "--config", file.toString(), "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains("ui.theme", "dark", file.toString(), "terminal.name", "default");
    }
}
