package com.palmpos.scanner.capture;

import com.palmpos.scanner.FailureReason;
import java.util.Locale;

/** What the customer should change so that the palm can be read; shown on the companion screen. */
public enum GuidanceHint {
    TOO_FAR("Move your hand closer to the camera."),
    TOO_CLOSE("Move your hand a little further from the camera."),
    NOT_OPEN("Open your hand and spread your fingers."),
    BLURRED("Hold your hand still for a moment."),
    HOLD_STILL("Hold still..."),
    POOR_LIGHT("The palm is too dark or too bright: move it into even light."),
    TURN_PALM("Turn your palm flat towards the camera."),
    ONE_HAND("Hold only one hand in front of the camera.");

    private final String advice;

    GuidanceHint(String advice) {
        this.advice = advice;
    }

    /** A short English sentence for the customer (screens with i18n use {@link #messageKey()}). */
    public String advice() {
        return advice;
    }

    /** Resource-bundle key, e.g. {@code scanner.guidance.too_far}. */
    public String messageKey() {
        return "scanner.guidance." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The hint for an engine failure; {@link FailureReason#NO_HAND} has none (it is not guidance).
     *
     * @throws IllegalArgumentException for NO_HAND
     */
    public static GuidanceHint of(FailureReason reason) {
        return switch (reason) {
            case TOO_FAR -> TOO_FAR;
            case TOO_CLOSE -> TOO_CLOSE;
            case HAND_NOT_OPEN -> NOT_OPEN;
            case BLURRED -> BLURRED;
            case BAD_EXPOSURE -> POOR_LIGHT;
            case PALM_NOT_FACING -> TURN_PALM;
            case TWO_HANDS -> ONE_HAND;
            case NO_HAND -> throw new IllegalArgumentException("NO_HAND is reported as NoHand, not as guidance");
        };
    }
}
