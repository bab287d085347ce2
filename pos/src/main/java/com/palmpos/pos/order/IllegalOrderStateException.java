package com.palmpos.pos.order;

/** An operation does not fit the order's current state; the message says which and what to do instead. */
public final class IllegalOrderStateException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public IllegalOrderStateException(String message) {
        super(message);
    }
}
