package com.palmpos.scanner;

/** Why no template could be taken from an image; each has a sentence the cashier screen can show. */
public enum FailureReason {
    NO_HAND("No hand found: hold your open palm in front of the camera."),
    HAND_NOT_OPEN("Spread your fingers so the gaps between them show."),
    TOO_FAR("Hand is too far: move it closer to the camera."),
    TOO_CLOSE("Hand is too close: move it a little further from the camera."),
    BLURRED("Image is blurred: hold your hand still for a moment."),
    BAD_EXPOSURE("Palm is too dark or too bright: adjust the light or move the hand."),
    /**
     * The finger valleys are found but far from evenly spaced on a line: the hand is tilted or turned. (The back
     * of a hand has the same outline and is not told apart here; it simply will not match.)
     */
    PALM_NOT_FACING("Turn your palm flat towards the camera."),
    /** Two palms of similar size are in the frame: which one to read is not guessed. */
    TWO_HANDS("Hold only one hand in front of the camera.");

    private final String advice;

    FailureReason(String advice) {
        this.advice = advice;
    }

    /** A short sentence telling the customer what to do. */
    public String advice() {
        return advice;
    }
}
