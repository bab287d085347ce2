package com.palmpos.scanner.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresentationsTest {
    private final Presentations presentations = new Presentations(new SyntheticPalms(42));

    @Test
    void sameSeedGivesIdenticalSpoofFrames() {
        List<BufferedImage> a = presentations.screen(2, HandPose.open(), Background.cycle(1), 2);
        List<BufferedImage> b = new Presentations(new SyntheticPalms(42))
                .screen(2, HandPose.open(), Background.cycle(1), 2);

        assertThat(pixels(a.get(1))).isEqualTo(pixels(b.get(1)));
    }

    @Test
    void everyPhotoFrameIsFilmedAfresh() {
        List<BufferedImage> frames = presentations.photo(2, HandPose.open(), Background.cycle(1), 3);

        assertThat(frames).hasSize(3);
        assertThat(Arrays.equals(pixels(frames.get(0)), pixels(frames.get(1)))).isFalse();
    }

    @Test
    void rejectsAPresentationWithoutFrames() {
        assertThatThrownBy(() -> presentations.photo(2, HandPose.open(), Background.cycle(1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 600 frames");
    }

    private static byte[] pixels(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }
}
