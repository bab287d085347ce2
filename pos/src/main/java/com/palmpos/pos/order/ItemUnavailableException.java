package com.palmpos.pos.order;

/** The item is 86'd (off for now) or not on the menu. */
public final class ItemUnavailableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ItemUnavailableException(String message) {
        super(message);
    }
}
