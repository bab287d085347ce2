package com.palmpos.app.support;

/** A support-desk command refused for a reason the operator can fix; the message is the sentence they see. */
public final class SupportRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SupportRefusedException(String message) {
        super(message);
    }
}
