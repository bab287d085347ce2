package com.palmpos.scanner;

/** What a {@link java.awt.image.BufferedImage} handed to {@link PalmEngine} shows. */
public enum InputKind {
    /** An already-cropped palm region, roughly upright and centred (any size; it is rescaled). */
    ROI,
    /** A whole colour camera frame with an open hand in it, palm facing the camera. */
    HAND
}
