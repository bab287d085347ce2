package com.palmpos.scanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchIdentifyCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void reportsLatencyThroughputAndMemoryAsJson() throws Exception {
        int code = run("bench-identify", "--gallery", "3000", "--probes", "20", "--threads", "2", "--json");
        assertThat(code).isZero();
        String[] lines = out.toString().trim().split("\\R");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.fieldNames()).toIterable().contains("gallery", "p50_ms", "p99_ms", "per_second",
                "bytes_per_template");
        assertThat(json.get("gallery").asInt()).isEqualTo(3000);
        assertThat(json.get("correct_decisions").asDouble()).isEqualTo(1.0);
    }

    @Test
    void zeroGalleryIsAUsageError() {
        assertThat(run("bench-identify", "--gallery", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("at least 1");
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new DevMain.Root()).addSubcommand(new BenchIdentifyCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
