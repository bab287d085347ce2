package com.palmpos.pos.print;

/** A document could not be printed; the message says why and what to check. */
public class PrintFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PrintFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
