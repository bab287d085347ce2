package com.palmpos.scanner.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PalmDetectorModelTest {

    @ParameterizedTest
    @EnumSource(PalmDetectorModel.class)
    void shippedModelPassesItsChecksumAndIsATfliteFile(PalmDetectorModel model) {
        byte[] bytes = model.load();
        assertThat(new String(bytes, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("TFL3");
    }

    @Test
    void refusesBytesWithAnotherDigestSayingWhatToDo() {
        byte[] tampered = PalmDetectorModel.LITE.load().clone();
        tampered[1000] ^= 1;
        String expected = PalmDetectorModel.sha256(PalmDetectorModel.LITE.load());
        assertThatThrownBy(() -> PalmDetectorModel.verified(tampered, expected, "palm_detection_lite.tflite"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("palm_detection_lite.tflite")
                .hasMessageContaining(expected)
                .hasMessageContaining("damaged or was replaced");
    }

    @Test
    void acceptsBytesWithTheExpectedDigest() {
        byte[] bytes = "palm".getBytes(StandardCharsets.US_ASCII);
        assertThat(PalmDetectorModel.verified(bytes, PalmDetectorModel.sha256(bytes), "x")).isSameAs(bytes);
    }
}
