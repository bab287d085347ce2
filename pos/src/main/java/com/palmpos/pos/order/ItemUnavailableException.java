package com.palmpos.pos.order;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedStateException;

/** The item is 86'd (off for now) or not on the menu. */
public final class ItemUnavailableException extends RefusedStateException {
    private static final long serialVersionUID = 1L;

    /** @param arguments the values {@code code}'s text needs (see {@link RefusalCode}) */
    public ItemUnavailableException(RefusalCode code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
