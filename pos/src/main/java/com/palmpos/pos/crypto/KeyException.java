package com.palmpos.pos.crypto;

/** A key is missing, malformed or does not open what it should; the message says what to do. */
public final class KeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
