package com.palmpos.scanner;

import java.util.Locale;

/**
 * What the customer should change for a better palm capture: one short sentence for the companion screen, from a
 * failed extraction ({@link Extraction#advice()}) or from the weakest part of a usable but poor one
 * ({@link Quality#advice()}). Screens with i18n use {@link #messageKey()}.
 */
public enum CaptureAdvice {
    SHOW_PALM("Hold your open palm in front of the camera."),
    MOVE_CLOSER("Move your hand closer to the camera."),
    MOVE_BACK("Move your hand a little further from the camera."),
    OPEN_HAND("Open your hand and stretch your fingers."),
    TURN_PALM("Turn your palm flat towards the camera."),
    HOLD_STILL("Hold your hand still for a moment."),
    TOO_DARK("Too dark: move your hand into more light."),
    TOO_BRIGHT("Too bright: move your hand out of the glare."),
    EVEN_LIGHT("Move your hand into even light."),
    ONE_HAND("Hold only one hand in front of the camera.");

    private final String sentence;

    CaptureAdvice(String sentence) {
        this.sentence = sentence;
    }

    /** A short English sentence for the customer. */
    public String sentence() {
        return sentence;
    }

    /** Resource-bundle key, e.g. {@code scanner.advice.move_closer}. */
    public String messageKey() {
        return "scanner.advice." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The advice for a failure. {@link FailureReason#BAD_EXPOSURE} alone does not say which way the light is
     * wrong ({@link #EVEN_LIGHT}); the engine's own failures carry {@link #TOO_DARK} or {@link #TOO_BRIGHT}.
     */
    public static CaptureAdvice of(FailureReason reason) {
        return switch (reason) {
            case NO_HAND -> SHOW_PALM;
            case HAND_NOT_OPEN -> OPEN_HAND;
            case TOO_FAR -> MOVE_CLOSER;
            case TOO_CLOSE -> MOVE_BACK;
            case BLURRED -> HOLD_STILL;
            case BAD_EXPOSURE -> EVEN_LIGHT;
            case PALM_NOT_FACING -> TURN_PALM;
            case TWO_HANDS -> ONE_HAND;
        };
    }
}
