package com.palmpos.pos;

/**
 * What was asked for is not acceptable (a typed amount, a choice, a quantity); the message says what to change and
 * {@link #refusal()} says the same for the screen. An {@link IllegalArgumentException}, so callers that catch those
 * keep working.
 */
public class RefusedArgumentException extends IllegalArgumentException implements Refused {
    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    /**
     * @param message   the English sentence for the log: what and what to do
     * @param arguments the values {@code code}'s text needs, in the order its Javadoc names them
     */
    public RefusedArgumentException(RefusalCode code, String message, Object... arguments) {
        super(message);
        this.refusal = Refusal.of(code, arguments);
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
