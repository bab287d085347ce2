package com.palmpos.scanner.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

class SyntheticPalmsTest {
    private final SyntheticPalms palms = new SyntheticPalms(7);

    @Test
    void sameSeedGivesIdenticalRoiPixels() {
        assertThat(bytes(new SyntheticPalms(7).roi(3, 2))).isEqualTo(bytes(palms.roi(3, 2)));
    }

    @Test
    void sameSeedGivesIdenticalHandFrames() {
        assertThat(bytes(new SyntheticPalms(7).hand(1, 4))).isEqualTo(bytes(palms.hand(1, 4)));
    }

    @Test
    void differentSeedsGiveDifferentPopulations() {
        assertThat(bytes(new SyntheticPalms(8).roi(3, 2))).isNotEqualTo(bytes(palms.roi(3, 2)));
    }

    @Test
    void differentSubjectsAndSamplesGiveDifferentImages() {
        byte[] base = bytes(palms.roi(0, 0));
        assertThat(bytes(palms.roi(1, 0))).isNotEqualTo(base);
        assertThat(bytes(palms.roi(0, 1))).isNotEqualTo(base);
    }

    @Test
    void rendersBgrImagesOfTheRequestedSize() {
        BufferedImage roi = palms.roi(0, 0, 150);
        BufferedImage hand = palms.hand(0, 0);
        BufferedImage empty = palms.background(2, 320, 240);
        assertThat(roi.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(new int[] {roi.getWidth(), roi.getHeight()}).containsExactly(150, 150);
        assertThat(new int[] {hand.getWidth(), hand.getHeight()}).containsExactly(640, 480);
        assertThat(hand.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(new int[] {empty.getWidth(), empty.getHeight()}).containsExactly(320, 240);
    }

    @Test
    void rejectsNegativeSubjectWithAClearMessage() {
        assertThatThrownBy(() -> palms.roi(-1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subject and sample must be >= 0");
    }

    @Test
    void rejectsRoiSizeOutOfRange() {
        assertThatThrownBy(() -> palms.roi(0, 0, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ROI size must be 32-1024");
    }

    static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }
}
