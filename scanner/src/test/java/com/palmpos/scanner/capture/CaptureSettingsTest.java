package com.palmpos.scanner.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CaptureSettingsTest {

    @Test
    void debugCaptureIsOffByDefault() {
        assertThat(CaptureSettings.defaults().debugCapture()).isFalse();
    }

    @Test
    void rejectsDebugCaptureWithoutAFolder() {
        assertThatThrownBy(() -> new CaptureSettings(0.2, 3, 3, 0.05, 320, true, null))
                .hasMessageContaining("no debug directory");
    }

    @Test
    void rejectsQualityOutsideZeroToOne() {
        assertThatThrownBy(() -> CaptureSettings.defaults().withMinQuality(1.5)).hasMessageContaining("0..1");
    }

    @Test
    void rejectsATinyPreview() {
        assertThatThrownBy(() -> new CaptureSettings(0.2, 3, 3, 0.05, 8, false, null))
                .hasMessageContaining("preview width");
    }

    @Test
    void debugCaptureCanBeTurnedOnWithAFolder() {
        assertThat(CaptureSettings.defaults().withDebugCapture(Path.of("debug")).debugCapture()).isTrue();
    }

    @Test
    void rejectsANegativeBlurThreshold() {
        assertThatThrownBy(() -> new EngineFrameAnalyzer(FakeTemplates.engine(), -1))
                .hasMessageContaining("sharpness must be 0 or more");
    }

    @Test
    void rejectsAPalmBoxOutsideTheFrame() {
        assertThatThrownBy(() -> new PalmBox(0.8, 0.1, 0.5, 0.5)).hasMessageContaining("within the frame");
    }
}
