package com.palmpos.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.HandPose;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The capture quality score and the advice the customer gets, on synthetic frames (never the photo sets). */
class CaptureAdviceTest {
    private static final PalmEngine ENGINE = new PalmEngine(Parameters.defaults());
    private static final SyntheticPalms PALMS = new SyntheticPalms(11);

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void wellLitOpenHandNeedsNoAdvice(int subject) {
        Extraction e = ENGINE.extract(PALMS.hand(subject, HandPose.open(), Background.cycle(subject)), InputKind.HAND);
        assertThat(e.succeeded()).isTrue();
        assertThat(e.quality().orElseThrow().score()).isGreaterThanOrEqualTo(Quality.GOOD);
        assertThat(e.advice()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void darkenedHandIsTooDark(int subject) {
        BufferedImage dark = tone(PALMS.hand(subject, HandPose.open(), Background.cycle(subject)), 0.2, 1);
        assertThat(ENGINE.extract(dark, InputKind.HAND).advice()).contains(CaptureAdvice.TOO_DARK);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void glaringHandIsTooBright(int subject) {
        BufferedImage glare = tone(PALMS.hand(subject, HandPose.open(), Background.cycle(subject)), 1, 0.25);
        assertThat(ENGINE.extract(glare, InputKind.HAND).advice()).contains(CaptureAdvice.TOO_BRIGHT);
    }

    @Test
    void distantHandIsAskedToComeCloser() {
        Extraction e = ENGINE.extract(PALMS.hand(2, HandPose.tooFar(), Background.cycle(2)), InputKind.HAND);
        assertThat(e.advice()).contains(CaptureAdvice.MOVE_CLOSER);
    }

    @Test
    void emptySceneAsksForAPalm() {
        assertThat(ENGINE.extract(PALMS.background(2, 640, 480), InputKind.HAND).advice())
                .contains(CaptureAdvice.SHOW_PALM);
    }

    @Test
    void adviceNamesTheWeakestComponentBelowGood() {
        assertThat(new Quality(0.3, 0.9, 0.9, 0.9, false).advice()).contains(CaptureAdvice.HOLD_STILL);
        assertThat(new Quality(0.9, 0.2, 0.9, 0.9, true).advice()).contains(CaptureAdvice.TOO_DARK);
        assertThat(new Quality(0.9, 0.2, 0.9, 0.9, false).advice()).contains(CaptureAdvice.TOO_BRIGHT);
        assertThat(new Quality(0.9, 0.9, 0.9, 0.1, false).advice()).contains(CaptureAdvice.MOVE_CLOSER);
        assertThat(new Quality(0.9, 0.9, 0.4, 0.6, false).advice()).contains(CaptureAdvice.OPEN_HAND);
        assertThat(new Quality(0.6, 0.5, 0.9, 0.7, true).advice()).isEmpty();
        assertThat(new Quality(0.6, 0.5, 0.9, 0.7, true).score()).isEqualTo(0.5);
    }

    @Test
    void qualityOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new Quality(1.2, 0.5, 0.5, 0.5, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sharpness");
        assertThatThrownBy(() -> new Quality(0.5, 0.5, Double.NaN, 0.5, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openness");
    }

    @ParameterizedTest
    @EnumSource(FailureReason.class)
    void everyFailureHasAdviceWithASentenceAndAKey(FailureReason reason) {
        CaptureAdvice advice = CaptureAdvice.of(reason);
        assertThat(advice.sentence()).endsWith(".");
        assertThat(advice.messageKey()).startsWith("scanner.advice.");
        assertThat(Extraction.failed(reason).advice()).contains(advice);
    }

    /** Each channel scaled by {@code gain} after the gamma curve {@code gamma} (below 1 brightens). */
    private static BufferedImage tone(BufferedImage in, double gain, double gamma) {
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                int p = in.getRGB(x, y);
                out.setRGB(x, y, (level(p >> 16, gain, gamma) << 16) | (level(p >> 8, gain, gamma) << 8)
                        | level(p, gain, gamma));
            }
        }
        return out;
    }

    private static int level(int channel, double gain, double gamma) {
        return (int) Math.min(255, Math.round(255 * Math.pow((channel & 0xFF) / 255.0, gamma) * gain));
    }
}
