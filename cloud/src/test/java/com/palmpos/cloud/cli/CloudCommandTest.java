package com.palmpos.cloud.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CloudCommandTest {

    @Test
    void defaultsToPort8080AndALocalDataDirectory() {
        CloudCommand command = new CloudCommand();
        new CommandLine(command).parseArgs();
        assertThat(command.port).isEqualTo(8080);
        assertThat(command.data).isEqualTo(Path.of("cloud-data"));
    }

    @Test
    void acceptsPortAndDataOptions() {
        CloudCommand command = new CloudCommand();
        new CommandLine(command).parseArgs("--port", "0", "--data", "/tmp/cloud");
        assertThat(command.port).isZero();
        assertThat(command.data).isEqualTo(Path.of("/tmp/cloud"));
    }

    @Test
    void refusesANonNumericPortWithAClearMessage() {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new CloudCommand()).setErr(new PrintWriter(err));
        assertThat(line.execute("--port", "eighty")).isEqualTo(2);
        assertThat(err.toString()).contains("--port").contains("eighty");
    }
}
