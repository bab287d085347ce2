package com.palmpos.scanner.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.HandPose;
import com.palmpos.scanner.synth.Presentations;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The liveness check on synthetic presentations, with the hand box the loop's own analyzer finds (the palm detector's).
 * Live hands must never be flagged: several subjects, backgrounds and generator seeds.
 */
class LivenessCheckTest {
    private static final int FRAMES = 8;
    private static final EngineFrameAnalyzer ANALYZER = new EngineFrameAnalyzer(new PalmEngine(Parameters.defaults()), 0);

    @ParameterizedTest(name = "seed {0}, subject {1}, background {2}")
    @CsvSource({"42, 2, 1", "42, 5, 1", "42, 7, 2", "42, 11, 2", "7, 3, 1", "7, 9, 2"})
    void aLiveHandIsLive(long seed, int subject, int background) {
        Liveness result = check(new Presentations(new SyntheticPalms(seed))
                .live(subject, HandPose.open(), Background.cycle(background), FRAMES));

        assertThat(result.verdict()).as("%s", result).isEqualTo(Liveness.Verdict.LIVE);
    }

    @ParameterizedTest(name = "seed {0}, subject {1}, background {2}")
    @CsvSource({"42, 2, 1", "42, 7, 2", "7, 9, 1"})
    void aPhotoHeldUpIsSuspect(long seed, int subject, int background) {
        Liveness result = check(new Presentations(new SyntheticPalms(seed))
                .photo(subject, HandPose.open(), Background.cycle(background), FRAMES));

        assertThat(result.verdict()).as("%s", result).isEqualTo(Liveness.Verdict.SUSPECT_PHOTO);
    }

    @ParameterizedTest(name = "seed {0}, subject {1}, background {2}")
    @CsvSource({"42, 2, 1", "7, 9, 2"})
    void aPhoneScreenIsSuspect(long seed, int subject, int background) {
        Liveness result = check(new Presentations(new SyntheticPalms(seed))
                .screen(subject, HandPose.open(), Background.cycle(background), FRAMES));

        assertThat(result.verdict()).as("%s", result).isEqualTo(Liveness.Verdict.SUSPECT_SCREEN);
    }

    @Test
    void identicalFramesAreUnknownNotSuspect() {
        BufferedImage still = new SyntheticPalms(42).renderHand(2, 0, HandPose.open(), Background.cycle(1)).image();

        Liveness result = check(List.of(still, still, still, still, still));

        assertThat(result.verdict()).isEqualTo(Liveness.Verdict.UNKNOWN);
    }

    @Test
    void tooFewFramesAreUnknown() {
        List<BufferedImage> two = new Presentations(new SyntheticPalms(42))
                .photo(2, HandPose.open(), Background.cycle(1), 2);

        assertThat(check(two)).isEqualTo(Liveness.unknown());
    }

    @Test
    void aResetForgetsTheHand() {
        List<BufferedImage> frames = new Presentations(new SyntheticPalms(42))
                .photo(2, HandPose.open(), Background.cycle(1), 5);
        LivenessCheck check = new LivenessCheck();
        frames.forEach(f -> check.accept(f, ANALYZER.analyze(f).box().orElseThrow()));

        check.reset();

        assertThat(check.verdict()).isEqualTo(Liveness.unknown());
    }

    private Liveness check(List<BufferedImage> frames) {
        LivenessCheck check = new LivenessCheck();
        for (BufferedImage frame : frames) {
            ANALYZER.analyze(frame).box().ifPresent(box -> check.accept(frame, box));
        }
        return check.verdict();
    }
}
