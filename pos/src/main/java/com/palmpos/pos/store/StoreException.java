package com.palmpos.pos.store;

/** The terminal's store cannot do what was asked; the message says what and what to do. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
