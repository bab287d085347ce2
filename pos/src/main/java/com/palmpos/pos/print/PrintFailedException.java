package com.palmpos.pos.print;

import com.palmpos.pos.Refusal;
import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.Refused;

/**
 * A document could not be printed; the message says why and what to check (for the log), the {@link #refusal()}
 * tells the screen to say so in its language.
 */
public class PrintFailedException extends RuntimeException implements Refused {
    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public PrintFailedException(String message, Throwable cause) {
        this(RefusalCode.PRINT_FAILED, message, cause);
    }

    /** @param code {@link RefusalCode#PRINT_FAILED} or {@link RefusalCode#PRINTER_NOT_SET_UP} */
    public PrintFailedException(RefusalCode code, String message, Throwable cause) {
        super(message, cause);
        this.refusal = Refusal.of(code);
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
