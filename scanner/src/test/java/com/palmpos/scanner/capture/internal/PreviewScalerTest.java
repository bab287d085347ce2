package com.palmpos.scanner.capture.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PreviewScalerTest {

    @Test
    void halvesAVgaFrameByAveragingEachTwoByTwoBlock() {
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        frame.setRGB(0, 0, 0x404040);
        frame.setRGB(1, 1, 0xC0C0C0);
        int[] size = new int[2];
        int[] pixels = new PreviewScaler(320).scale(frame, size);
        assertThat(size).containsExactly(320, 240);
        assertThat(pixels[0]).isEqualTo(0xFF000000 | 0x404040);
        assertThat(pixels[1]).isEqualTo(0xFF000000);
    }

    @Test
    void scalesOtherImageTypesThroughJava2dToOpaquePixels() {
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_ARGB);
        int[] size = new int[2];
        int[] pixels = new PreviewScaler(320).scale(frame, size);
        assertThat(size).containsExactly(320, 240);
        assertThat(java.util.Arrays.stream(pixels).allMatch(p -> (p >>> 24) == 0xFF)).isTrue();
    }

    @Test
    void keepsFramesAlreadySmallerThanThePreview() {
        int[] size = new int[2];
        new PreviewScaler(320).scale(new BufferedImage(160, 120, BufferedImage.TYPE_3BYTE_BGR), size);
        assertThat(size).containsExactly(160, 120);
    }
}
