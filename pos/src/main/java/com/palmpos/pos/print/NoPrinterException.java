package com.palmpos.pos.print;

import com.palmpos.pos.RefusalCode;

/** Nothing was printed because no printer is set up for this terminal ({@code printer.kind=none}). */
public final class NoPrinterException extends PrintFailedException {
    private static final long serialVersionUID = 1L;

    public NoPrinterException() {
        super(RefusalCode.PRINTER_NOT_SET_UP, "No printer is set up for this terminal: continue without printing, or ask a"
                + " manager to choose a"
                + " printer on the settings page", null);
    }
}
