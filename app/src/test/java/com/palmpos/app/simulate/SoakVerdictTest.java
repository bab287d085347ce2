package com.palmpos.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class SoakVerdictTest {
    private static final SoakVerdict.Limits LIMITS = new SoakVerdict.Limits(120, 50, 1000);

    private static SoakVerdict.Point at(double seconds, long rssMb, long frames, long orders, long errors) {
        return new SoakVerdict.Point(seconds, rssMb, frames, orders, errors);
    }

    @Test
    void flatMemoryAfterTheWarmUpPasses() {
        SoakVerdict v = SoakVerdict.of(List.of(at(60, 700, 800, 30, 0), at(120, 610, 1700, 60, 0),
                at(180, 640, 2600, 90, 0), at(240, 630, 3500, 120, 0)), LIMITS);
        assertThat(v.passed()).isTrue();
        assertThat(v.baselineRssMb()).isEqualTo(610);
        assertThat(v.growthMb()).isEqualTo(20);
        assertThat(v.maxRssMb()).as("the warm-up counts for the maximum").isEqualTo(700);
    }

    @Test
    void growthAfterTheWarmUpFails() {
        SoakVerdict v = SoakVerdict.of(List.of(at(120, 600, 100, 1, 0), at(180, 660, 200, 2, 0)), LIMITS);
        assertThat(v.passed()).isFalse();
        assertThat(v.failures()).singleElement().asString().contains("grew 60 MB", "600 -> 660 MB");
    }

    @Test
    void reachingTheCeilingFailsEvenWithoutGrowth() {
        SoakVerdict v = SoakVerdict.of(List.of(at(60, 1200, 50, 1, 0), at(120, 900, 100, 1, 0),
                at(180, 900, 200, 2, 0)), LIMITS);
        assertThat(v.failures()).singleElement().asString().contains("reached 1200 MB");
    }

    @Test
    void anErrorInTheLogFails() {
        SoakVerdict v = SoakVerdict.of(List.of(at(120, 600, 100, 1, 0), at(180, 600, 200, 2, 1)), LIMITS);
        assertThat(v.failures()).singleElement().asString().contains("1 ERROR line");
    }

    @Test
    void aDeadCameraOrCashierFails() {
        SoakVerdict v = SoakVerdict.of(List.of(at(120, 600, 100, 5, 0), at(180, 600, 100, 5, 0)), LIMITS);
        assertThat(v.failures()).hasSize(2).anyMatch(f -> f.contains("no order"))
                .anyMatch(f -> f.contains("no camera frame"));
    }

    @Test
    void tooShortARunCannotPass() {
        SoakVerdict v = SoakVerdict.of(List.of(at(60, 600, 100, 5, 0), at(150, 600, 200, 6, 0)), LIMITS);
        assertThat(v.failures()).singleElement().asString().contains("fewer than 2 samples after the warm-up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--minutes=0", "--minutes=1 --interval=0", "--minutes=1 --camera=webcam",
            "--minutes=1 --orders-per-minute=0", "--minutes=-2"})
    void aBadCommandLineIsRefusedBeforeAnythingStarts(String args) {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new SoakCommand()).setErr(new PrintWriter(err)).execute(args.split(" "));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--minutes");
    }
}
