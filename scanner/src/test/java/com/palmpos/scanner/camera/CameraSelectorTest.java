package com.palmpos.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.sarxos.webcam.WebcamDevice;
import com.palmpos.scanner.camera.internal.OpenCvWebcamDevice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CameraSelectorTest {
    private final List<WebcamDevice> devices = List.of(new OpenCvWebcamDevice(0, "Integrated Webcam"),
            new OpenCvWebcamDevice(2, "Logitech C920"));

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "default", "DEFAULT"})
    void blankOrDefaultSelectsTheFirstCamera(String text) {
        assertThat(CameraSelector.parse(text).pick(devices)).contains(devices.get(0));
    }

    @Test
    void digitsSelectByPositionInTheDeviceList() {
        assertThat(CameraSelector.parse("1").pick(devices)).contains(devices.get(1));
    }

    @Test
    void textSelectsByCaseInsensitivePartOfTheName() {
        assertThat(CameraSelector.parse("logitech").pick(devices)).contains(devices.get(1));
    }

    @Test
    void selectorOfAnAbsentCameraPicksNothing() {
        assertThat(CameraSelector.parse("3").pick(devices)).isEmpty();
        assertThat(CameraSelector.parse("Sony").pick(devices)).isEmpty();
    }

    @Test
    void rejectsAnIndexTooLargeToBeACamera() {
        assertThatThrownBy(() -> CameraSelector.parse("99999999999"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }
}
