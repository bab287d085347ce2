package com.palmpos.scanner.capture.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandPresenceTest {
    private static final Color SKIN = new Color(224, 172, 140);
    private final HandPresence presence = new HandPresence();

    @Test
    void seesNothingOnAGreyCounter() {
        assertThat(presence.find(frame(Color.GRAY, null))).isEmpty();
    }

    @Test
    void boxesASkinColouredBlob() {
        Optional<HandPresence.Sighting> sighting = presence.find(frame(Color.DARK_GRAY, SKIN));
        assertThat(sighting).isPresent();
        assertThat(sighting.get().plausibleHand()).isTrue();
        assertThat(sighting.get().box().x()).isBetween(0.28, 0.32);
        assertThat(sighting.get().box().width()).isBetween(0.28, 0.33);
    }

    @Test
    void aSkinColouredWallIsNotAPlausibleHandSoItsFlatnessIsNotCalledBlur() {
        Optional<HandPresence.Sighting> sighting = presence.find(frame(SKIN, null));
        assertThat(sighting).isPresent();
        assertThat(sighting.get().plausibleHand()).isFalse();
    }

    /** A 640x480 frame of {@code background} with, if given, a rectangle of {@code blob} in its middle. */
    private static BufferedImage frame(Color background, Color blob) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, 640, 480);
        if (blob != null) {
            g.setColor(blob);
            g.fillRect(192, 120, 192, 240);
        }
        g.dispose();
        return image;
    }
}
