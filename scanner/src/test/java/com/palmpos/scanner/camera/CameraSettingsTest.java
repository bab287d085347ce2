package com.palmpos.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CameraSettingsTest {

    @Test
    void defaultsAreTheOpenCvDriverAtVgaAndFifteenFps() {
        CameraSettings d = CameraSettings.defaults();
        assertThat(d.driver()).isEqualTo(CameraSettings.Driver.OPENCV);
        assertThat(d.width()).isEqualTo(640);
        assertThat(d.height()).isEqualTo(480);
        assertThat(d.fps()).isEqualTo(15);
    }

    @Test
    void parsesDriverNamesCaseInsensitively() {
        assertThat(CameraSettings.Driver.parse(" OpenCV ")).isEqualTo(CameraSettings.Driver.OPENCV);
    }

    @Test
    void rejectsUnknownDriverNamingTheValidOnes() {
        assertThatThrownBy(() -> CameraSettings.Driver.parse("v4l"))
                .hasMessageContaining("'v4l'").hasMessageContaining("opencv, bridj, simulated");
    }

    @Test
    void readsSettingsFromConfigurationText() {
        CameraSettings s = CameraSettings.fromText("opencv", "Logitech", "1280X720", 30);
        assertThat(s.device()).isEqualTo(CameraSelector.parse("Logitech"));
        assertThat(s.width()).isEqualTo(1280);
        assertThat(s.height()).isEqualTo(720);
        assertThat(s.fps()).isEqualTo(30);
    }

    @Test
    void rejectsResolutionTextThatIsNotWidthByHeight() {
        assertThatThrownBy(() -> CameraSettings.fromText("opencv", "", "HD", 15))
                .hasMessageContaining("'HD'").hasMessageContaining("640x480");
    }

    @Test
    void rejectsResolutionOutOfRange() {
        assertThatThrownBy(() -> CameraSettings.defaults().withResolution(10, 10))
                .hasMessageContaining("10x10").hasMessageContaining("640x480");
    }

    @Test
    void rejectsFrameRateOutOfRange() {
        assertThatThrownBy(() -> CameraSettings.defaults().withFps(0)).hasMessageContaining("frame rate 0");
    }

    @Test
    void rejectsNonPositiveBackoff() {
        assertThatThrownBy(() -> CameraSettings.defaults().withReopenBackoffMax(Duration.ZERO))
                .hasMessageContaining("backoff");
    }

    @Test
    void simulatedDriverIsNotAHardwareDriver() {
        assertThatThrownBy(() -> CameraDrivers.forHardware(CameraSettings.Driver.SIMULATED))
                .hasMessageContaining("SimulatedCameraDriver");
    }
}
