package com.palmpos.scanner;

/**
 * Thrown when bytes cannot be read as a palm template: truncated, corrupted, foreign or of another format version.
 * The message names what is wrong and what to do (usually: re-enroll the customer or upgrade the software).
 */
public final class TemplateFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the bytes and what to do about it */
    public TemplateFormatException(String message) {
        super(message);
    }
}
