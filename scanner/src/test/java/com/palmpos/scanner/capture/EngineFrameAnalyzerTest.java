package com.palmpos.scanner.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.HandPose;
import com.palmpos.scanner.synth.ImagePoint;
import com.palmpos.scanner.synth.SyntheticHand;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The live loop's analyzer on real OpenCV and the shipped palm detector, with generated frames: the detector is
 * the gate (a skin-coloured wall is no hand) and the guidance box comes from the detector's palm.
 */
class EngineFrameAnalyzerTest {
    private static final SyntheticPalms PALMS = new SyntheticPalms(42);
    private final EngineFrameAnalyzer analyzer = new EngineFrameAnalyzer(new PalmEngine(Parameters.defaults()));

    @ParameterizedTest(name = "subject {0}, background {1}, at ({2}, {3}) turned {4} degrees")
    @CsvSource({"2, 1, 0.5, 0.55, 0", "5, 2, 0.35, 0.5, 15", "7, 4, 0.62, 0.55, -10"})
    void anOpenHandGivesACandidateBoxedAroundItsPalm(int subject, int background, double x, double y, double turn) {
        SyntheticHand hand = PALMS.renderHand(subject, 0, HandPose.open(x, y, 0.22, turn),
                Background.cycle(background));

        Analysis result = analyzer.analyze(hand.image());

        assertThat(result).isInstanceOf(Analysis.Candidate.class);
        PalmBox box = result.box().orElseThrow();
        for (ImagePoint corner : hand.roiCorners()) {
            assertThat(corner.x() / hand.image().getWidth()).isBetween(box.x(), box.x() + box.width());
            assertThat(corner.y() / hand.image().getHeight()).isBetween(box.y(), box.y() + box.height());
        }
        assertThat(box.width() * box.height()).as("a hand box, not the frame").isLessThan(0.6);
    }

    @Test
    void aSkinColouredWallWithoutAHandIsNoHand() {
        BufferedImage wall = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        Random noise = new Random(3);
        for (int y = 0; y < wall.getHeight(); y++) {
            for (int x = 0; x < wall.getWidth(); x++) {
                int shade = noise.nextInt(9) - 4 - y / 40;
                wall.setRGB(x, y, new Color(214 + shade, 170 + shade, 140 + shade).getRGB());
            }
        }

        assertThat(analyzer.analyze(wall)).isEqualTo(new Analysis.NoHand());
    }

    @Test
    void anEmptyCounterSceneIsNoHand() {
        for (int background = 0; background < 5; background++) {
            assertThat(analyzer.analyze(PALMS.background(Background.cycle(background))))
                    .as("background %d", background).isEqualTo(new Analysis.NoHand());
        }
    }

    @Test
    void aHandMovingFastIsAskedToHoldStillWithItsBox() {
        SyntheticHand hand = PALMS.renderHand(2, 0, HandPose.blurred(30), Background.cycle(1));

        Analysis result = analyzer.analyze(hand.image());

        assertThat(result).isInstanceOf(Analysis.NeedsGuidance.class);
        assertThat(((Analysis.NeedsGuidance) result).hint()).isEqualTo(GuidanceHint.BLURRED);
        assertThat(result.box()).isPresent();
    }

    @Test
    void aHandTooFarIsAskedToComeCloserAndBoxedWhereItIs() {
        SyntheticHand hand = PALMS.renderHand(2, 0, HandPose.tooFar(), Background.cycle(1));

        Analysis result = analyzer.analyze(hand.image());

        assertThat(result).isEqualTo(new Analysis.NeedsGuidance(GuidanceHint.TOO_FAR, result.box().orElseThrow()));
        assertThat(result.box().orElseThrow().width()).isLessThan(0.4);
    }

    @Test
    void theHandBoxIsDrawnOnTheFingersSideOfThePalm() {
        SyntheticHand hand = PALMS.renderHand(2, 0, HandPose.open(0.5, 0.6, 0.2, 0), Background.cycle(1));

        PalmBox box = analyzer.analyze(hand.image()).box().orElseThrow();

        double roiCentreY = hand.roiCorners().stream().mapToDouble(ImagePoint::y).average().orElseThrow()
                / hand.image().getHeight();
        assertThat(box.centerY()).as("fingers point up in an upright pose").isLessThan(roiCentreY);
    }

    @Test
    void aBlankFrameIsNoHand() {
        BufferedImage blank = new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 320, 240);
        g.dispose();

        assertThat(analyzer.analyze(blank)).isEqualTo(new Analysis.NoHand());
    }
}
