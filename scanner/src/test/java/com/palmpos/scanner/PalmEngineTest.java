package com.palmpos.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.HandPose;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PalmEngineTest {
    private static final PalmEngine ENGINE = new PalmEngine(Parameters.defaults());
    private static final SyntheticPalms PALMS = new SyntheticPalms(11);
    private final PalmMatcher matcher = new PalmMatcher(Parameters.defaults());

    @Test
    void samePalmRoiIsCloserThanAnotherPalm() {
        PalmTemplate first = roiTemplate(3, 0);
        assertThat(matcher.distance(first, roiTemplate(3, 1))).isLessThan(matcher.distance(first, roiTemplate(4, 0)));
    }

    @Test
    void recapturedRoiMatchesAtTheDefaultFalseMatchRate() {
        assertThat(matcher.matches(roiTemplate(5, 0), roiTemplate(5, 2))).isTrue();
    }

    @Test
    void templateOfAnyRoiSizeHasTheSameGeometry() {
        PalmTemplate small = ENGINE.extract(PALMS.roi(6, 0, 96), InputKind.ROI).template().orElseThrow();
        assertThat(small.planes()).isEqualTo(Parameters.defaults().codePlanes());
    }

    @Test
    void flatGreyRoiIsBlurred() {
        assertThat(ENGINE.extract(filled(150, new Color(128, 110, 100)), InputKind.ROI).failure())
                .contains(FailureReason.BLURRED);
    }

    @Test
    void blackRoiIsBadlyExposed() {
        assertThat(ENGINE.extract(filled(150, Color.BLACK), InputKind.ROI).failure())
                .contains(FailureReason.BAD_EXPOSURE);
    }

    @Test
    void refusesImageTooSmallToHoldAPalm() {
        assertThatThrownBy(() -> ENGINE.extract(filled(8, Color.GRAY), InputKind.ROI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too small");
    }

    @Test
    void openHandFrameYieldsTemplate() {
        Extraction e = ENGINE.extract(PALMS.hand(2, 0), InputKind.HAND);
        assertThat(e.succeeded()).isTrue();
        assertThat(e.quality().orElseThrow().score()).isBetween(0.0, 1.0);
    }

    @Test
    void counterCaptureSearchesWithItsSquareTurnedBothWaysAndEnrollmentStoresOneCode() {
        Extraction counter = ENGINE.extract(PALMS.hand(2, 0), InputKind.HAND);
        Extraction enrollment = ENGINE.extractForEnrollment(PALMS.hand(2, 0), InputKind.HAND);
        assertThat(counter.probes()).hasSize(3).first().isEqualTo(counter.template().orElseThrow());
        assertThat(counter.probes()).doesNotHaveDuplicates();
        assertThat(enrollment.probes()).containsExactly(enrollment.template().orElseThrow());
        assertThat(ENGINE.extract(PALMS.roi(2, 0), InputKind.ROI).probes()).hasSize(1);
        assertThat(ENGINE.extract(PALMS.background(2, 640, 480), InputKind.HAND).probes()).isEmpty();
    }

    @Test
    void probeCodesNeverMatchWorseThanTheTemplateAlone() {
        PalmMatcher matcher = new PalmMatcher(ENGINE.parameters());
        PalmTemplate enrolled = ENGINE.extractForEnrollment(PALMS.hand(3, 0), InputKind.HAND).template().orElseThrow();
        Extraction probe = ENGINE.extract(PALMS.hand(3, 1), InputKind.HAND);
        double best = matcher.distance(enrolled, probe.probes());
        assertThat(best).isLessThanOrEqualTo(matcher.distance(enrolled, probe.template().orElseThrow()));
        assertThat(best).isEqualTo(probe.probes().stream().mapToDouble(t -> matcher.distance(enrolled, t)).min()
                .orElseThrow());
        assertThatThrownBy(() -> matcher.distance(enrolled, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mirroredDetectionRunsOnlyWhereTheSettingSays() {
        HandDetection d = HandDetection.defaults();
        assertThat(d.mirror()).isEqualTo(HandDetection.Mirror.NEVER);
        assertThat(d.mirrors(true)).isFalse();
        assertThat(d.withMirror(HandDetection.Mirror.ENROLLMENT).mirrors(true)).isTrue();
        assertThat(d.withMirror(HandDetection.Mirror.ENROLLMENT).mirrors(false)).isFalse();
        assertThat(d.withMirror(HandDetection.Mirror.ALWAYS).mirrors(false)).isTrue();
        assertThat(d.withMirror(HandDetection.Mirror.NEVER).mirrors(true)).isFalse();
        assertThatThrownBy(() -> d.withProbeTurn(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("probe turn");
    }

    @Test
    void emptySceneHasNoHand() {
        assertThat(ENGINE.extract(PALMS.background(2, 640, 480), InputKind.HAND).failure())
                .contains(FailureReason.NO_HAND);
    }

    @Test
    void distantHandIsTooFar() {
        assertThat(ENGINE.extract(PALMS.hand(2, HandPose.tooFar(), Background.cycle(2)), InputKind.HAND).failure())
                .contains(FailureReason.TOO_FAR);
    }

    @Test
    void palmReachingOutOfTheFrameIsTooCloseOrLostNeverATemplate() {
        List<FailureReason> reasons = new ArrayList<>();
        for (int subject = 0; subject < 5; subject++) {
            Extraction e = ENGINE.extract(PALMS.hand(subject, HandPose.open(0.5, 0.85, 0.4, 0),
                    Background.cycle(subject)), InputKind.HAND);
            reasons.add(e.failure().orElse(null));
        }
        // the detector loses some palms cut by the frame edge: those read as no hand (README: "Failure reasons")
        assertThat(reasons).doesNotContainNull().containsOnly(FailureReason.TOO_CLOSE, FailureReason.NO_HAND);
        assertThat(reasons).filteredOn(r -> r == FailureReason.TOO_CLOSE).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void handCoveringTheCameraIsNoHandNotATemplate() {
        // no palm outline is left for the detector to see (README: "Failure reasons")
        assertThat(ENGINE.extract(PALMS.hand(2, HandPose.tooClose(), Background.cycle(2)), InputKind.HAND).failure())
                .contains(FailureReason.NO_HAND);
    }

    @Test
    void classicSkinPipelineStillFindsClosedHandsNotOpen() {
        PalmEngine classic = new PalmEngine(Parameters.defaults().withoutDetector());
        assertThat(classic.extract(PALMS.hand(2, HandPose.closed(), Background.cycle(2)), InputKind.HAND).failure())
                .contains(FailureReason.HAND_NOT_OPEN);
    }

    @Test
    void debugSinkReceivesEveryStage() {
        List<String> stages = new ArrayList<>();
        PalmEngine debugging = new PalmEngine(Parameters.defaults(), (stage, image) -> {
            assertThat(image.get().getWidth()).isPositive();
            stages.add(stage);
        });
        debugging.extract(PALMS.hand(2, 0), InputKind.HAND);
        assertThat(stages).containsSubsequence("input", "detection", "palm-square", "roi");
    }

    private static PalmTemplate roiTemplate(int subject, int sample) {
        return ENGINE.extract(PALMS.roi(subject, sample), InputKind.ROI).template().orElseThrow();
    }

    private static BufferedImage filled(int size, Color colour) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, size, size);
        g.dispose();
        return image;
    }
}
