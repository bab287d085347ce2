package com.palmpos.pos;

/**
 * The request is fine but the state of things does not allow it now (a closed shift, too few points, an approval
 * used already); the message says what to do and {@link #refusal()} says the same for the screen. An
 * {@link IllegalStateException}, so callers that catch those keep working.
 */
public class RefusedStateException extends IllegalStateException implements Refused {
    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    /**
     * @param message   the English sentence for the log: what and what to do
     * @param arguments the values {@code code}'s text needs, in the order its Javadoc names them
     */
    public RefusedStateException(RefusalCode code, String message, Object... arguments) {
        super(message);
        this.refusal = Refusal.of(code, arguments);
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
