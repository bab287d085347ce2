package com.palmpos.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One gallery of 6000 palms shared by all tests, which only read it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PalmGalleryTest {
    private final ForkJoinPool pool = new ForkJoinPool(2);
    private PalmGallery gallery;

    @BeforeAll
    void enrollPalms() {
        gallery = new PalmGallery(Parameters.defaults(), pool);
        for (int id = 0; id < 6000; id++) {
            gallery.add("customer-" + id, TestCodes.template(id));
        }
    }

    @AfterAll
    void stopPool() {
        pool.shutdown();
    }

    @Test
    void identifiesEnrolledPalmFromNoisyShiftedCapture() {
        Identification result = gallery.identify(TestCodes.template(4321, 2, -1, 0.2, 9));
        assertThat(result.subject()).contains("customer-4321");
        assertThat(result.distance()).isLessThan(result.threshold());
    }

    @Test
    void moreProbeCodesMeanAStricterThreshold() {
        PalmTemplate capture = TestCodes.template(4321, 2, -1, 0.2, 9);
        Identification one = gallery.identify(capture);
        Identification three = gallery.identify(List.of(capture, TestCodes.template(4321, 1, 0, 0.2, 10),
                TestCodes.template(4321, 0, 1, 0.2, 11)));
        assertThat(three.threshold()).isLessThan(one.threshold());
        assertThat(three.subject()).contains("customer-4321");
    }

    @Test
    void answersNobodyForStranger() {
        Identification result = gallery.identify(TestCodes.template(99_999, 1, 0, 0.2, 9));
        assertThat(result.subject()).isEmpty();
        assertThat(result.nearestSubjectId()).startsWith("customer-");
    }

    @Test
    void usesTheBestOfSeveralFrames() {
        PalmTemplate ruined = TestCodes.template(123, 0, 0, 0.45, 1);
        PalmTemplate good = TestCodes.template(123, 1, 1, 0.15, 2);
        assertThat(gallery.identify(List.of(ruined, good)).subject()).contains("customer-123");
    }

    @Test
    void emptyGalleryAnswersNobody() {
        PalmGallery empty = new PalmGallery(Parameters.defaults(), pool);
        assertThat(empty.identify(TestCodes.template(1)).subject()).isEmpty();
    }

    @Test
    void countsTemplatesAndTheirMemory() {
        assertThat(gallery.size()).isEqualTo(6000);
        assertThat(gallery.codeBytes()).isGreaterThanOrEqualTo(6000L * 960);
    }

    @Test
    void rejectsTemplateOfOtherGeometry() {
        PalmTemplate three = new PalmTemplate(FeatureCode.BOCV, 3, 1f, new long[48], new long[12]);
        assertThatThrownBy(() -> gallery.add("x", three)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("re-enroll subject x");
    }

    @Test
    void refusesIdentificationWithoutCaptures() {
        assertThatThrownBy(() -> gallery.identify(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
