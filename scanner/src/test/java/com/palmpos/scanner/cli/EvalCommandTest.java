package com.palmpos.scanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
    @TempDir
    static Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void writeSyntheticDataset() throws IOException {
        SyntheticPalms palms = new SyntheticPalms(3);
        for (int subject = 0; subject < 4; subject++) {
            Path dir = Files.createDirectories(data.resolve("palm_" + subject));
            for (int sample = 0; sample < 3; sample++) {
                ImageIO.write(palms.roi(subject, sample), "png", dir.resolve(sample + ".png").toFile());
            }
        }
    }

    @Test
    void printsTableAndJsonWithEveryMetric() throws IOException {
        int code = run("eval", data.toString(), "--input", "roi", "--json");
        assertThat(code).isZero();
        String[] lines = out.toString().trim().split("\\R");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.fieldNames()).toIterable().contains("eer", "fnmr_at_fmr_1e-2", "fnmr_at_fmr_1e-3",
                "fnmr_at_fmr_1e-4", "dprime", "rank1", "fte", "fta", "genuine_pairs", "impostor_pairs", "extract_ms",
                "compare_us");
        assertThat(json.get("genuine_pairs").asLong()).isEqualTo(12);
        assertThat(json.get("impostor_pairs").asLong()).isEqualTo(54);
        assertThat(json.get("eer").asDouble()).isBetween(0.0, 1.0);
        assertThat(out.toString()).contains("EER", "rank-1");
    }

    @Test
    void countsUnfoundHandsAsFailedAcquisitions(@TempDir Path empty) throws IOException {
        SyntheticPalms palms = new SyntheticPalms(3);
        for (int subject = 0; subject < 3; subject++) {
            Path dir = Files.createDirectories(empty.resolve("s" + subject));
            for (int sample = 0; sample < 2; sample++) {
                ImageIO.write(palms.background(subject * 2 + sample, 320, 240), "png",
                        dir.resolve(sample + ".png").toFile());
            }
        }
        int code = run("eval", empty.toString(), "--input", "hand", "--json");
        assertThat(code).isZero();
        String[] lines = out.toString().trim().split("\\R");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.get("fta").asDouble()).isEqualTo(1.0);
        assertThat(json.get("fte").asDouble()).isEqualTo(1.0);
        assertThat(json.get("genuine_pairs").asLong()).isEqualTo(3);
        assertThat(json.get("eer").asDouble()).isGreaterThan(0.0);
    }

    @Test
    void missingFolderIsAUsageError() {
        int code = run("eval", data.resolve("nope").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void unreadableImageIsAUsageError(@TempDir Path broken) throws IOException {
        for (String s : new String[] {"a", "b"}) {
            Files.createDirectories(broken.resolve(s));
            Files.writeString(broken.resolve(s).resolve("x.png"), "not a png");
        }
        int code = run("eval", broken.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read image");
    }

    @Test
    void unknownInputKindIsAUsageError() {
        int code = run("eval", data.toString(), "--input", "foot");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("use roi or hand");
    }

    @Test
    void scoreFusionOfTwoFeatureCodesIsEvaluated() throws IOException {
        int code = run("eval", data.toString(), "--input", "roi", "--features", "bocv+compcode", "--json");
        assertThat(code).isZero();
        String[] lines = out.toString().trim().split("\\R");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.get("features").toString()).isEqualTo("[\"bocv\",\"compcode\"]");
        assertThat(json.get("genuine_pairs").asLong()).isEqualTo(12);
        assertThat(out.toString()).contains("bocv + compcode");
    }

    @Test
    void unknownFeatureCodeIsAUsageError() {
        int code = run("eval", data.toString(), "--features", "bocv+palmcode");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("'palmcode' is not a feature code", "compcode-ordinal");
    }

    @Test
    void unknownMirrorChoiceIsAUsageError() {
        int code = run("eval", data.toString(), "--input", "hand", "--mirror", "sometimes");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--mirror must be always, enrollment or never, got sometimes");
    }

    @Test
    void probeTurnOutOfRangeIsAUsageError() {
        int code = run("eval", data.toString(), "--input", "hand", "--probe-turn", "50");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--probe-turn", "must lie in [0, 45) degrees, got 50.0");
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new DevMain.Root()).addSubcommand(new EvalCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
