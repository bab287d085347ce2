package com.palmpos.scanner.internal.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;

class OrdinalFilterBankTest {
    @BeforeAll
    static void loadOpenCv() {
        OpenCvRuntime.ensureLoaded();
    }

    @Test
    void filtersIgnoreUniformBrightness() {
        for (Mat kernel : new OrdinalFilterBank(Parameters.defaults()).kernels()) {
            assertThat(Core.sumElems(kernel).val[0]).isCloseTo(0, within(1e-5));
        }
    }

    @Test
    void oneFilterPerOrthogonalPair() {
        Parameters p = Parameters.defaults();
        assertThat(new OrdinalFilterBank(p).kernels()).hasSize(p.orientations() / 2);
    }
}
