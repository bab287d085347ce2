package com.palmpos.scanner.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
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

    /**
     * Pins the exact pixels (identical in interpreted and JIT-compiled runs when written). A deliberate change
     * to the generator changes these values: update them and tell the users of fixed synthetic images.
     */
    @Test
    void rendersTheSamePixelsOnEveryMachine() {
        SyntheticPalms population = new SyntheticPalms(1);
        assertThat(crc(population.roi(0, 0))).isEqualTo(2661588455L);
        assertThat(crc(population.hand(0, 0))).isEqualTo(2456563266L);
        assertThat(crc(population.background(Background.of(Background.Kind.WARM_WOOD, 0).withSize(160, 120))))
                .isEqualTo(3937070145L);
    }

    @Test
    void skinTonesSpanLightToDarkPalms() {
        double darkest = 255, lightest = 0;
        for (int subject = 0; subject < 40; subject++) {
            double luma = meanLuma(palms.roi(subject, 0, 64));
            darkest = Math.min(darkest, luma);
            lightest = Math.max(lightest, luma);
        }
        assertThat(darkest).isLessThan(110);
        assertThat(lightest).isGreaterThan(190);
    }

    @Test
    void rendersTheSamePixelsWhenCalledFromManyThreads() throws Exception {
        List<byte[]> sequential = IntStream.range(0, 8).mapToObj(i -> bytes(palms.roi(i % 3, i, 64))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> parallel = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int index = i;
                parallel.add(pool.submit(() -> bytes(palms.roi(index % 3, index, 64))));
            }
            for (int i = 0; i < 8; i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void videoFramesOfAStillHandDifferOnlyBySensorNoise() {
        Background wall = Background.of(Background.Kind.PLAIN_WALL, 1);
        byte[] first = bytes(palms.renderHand(0, 0, HandPose.open(), wall, 1).image());
        byte[] second = bytes(palms.renderHand(0, 0, HandPose.open(), wall, 2).image());
        double meanDifference = 0;
        for (int i = 0; i < first.length; i++) {
            meanDifference += Math.abs((first[i] & 0xFF) - (second[i] & 0xFF)) / (double) first.length;
        }
        assertThat(second).isNotEqualTo(first);
        assertThat(meanDifference).isBetween(0.1, 5.0);
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

    private static long crc(BufferedImage image) {
        CRC32 crc = new CRC32();
        crc.update(bytes(image));
        return crc.getValue();
    }

    private static double meanLuma(BufferedImage image) {
        byte[] bgr = bytes(image);
        double sum = 0;
        for (int i = 0; i < bgr.length; i += 3) {
            sum += 0.114 * (bgr[i] & 0xFF) + 0.587 * (bgr[i + 1] & 0xFF) + 0.299 * (bgr[i + 2] & 0xFF);
        }
        return sum / (bgr.length / 3.0);
    }

    static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }
}
