package com.palmpos.pos.order;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedStateException;

/** An operation does not fit the order's current state; the message says which and what to do instead. */
public final class IllegalOrderStateException extends RefusedStateException {
    private static final long serialVersionUID = 1L;

    /** @param arguments the values {@code code}'s text needs (see {@link RefusalCode}) */
    public IllegalOrderStateException(RefusalCode code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
