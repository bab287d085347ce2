package com.palmpos.pos.print;

/**
 * Where receipts and kitchen tickets go. Printing blocks on a device or a disk and may hang on an unreachable
 * printer: call it from a background executor, never the FX thread. Implementations are thread-safe.
 */
public interface ReceiptPrinter {
    /**
     * Prints {@code text} (lines of at most {@link TicketFormatter#WIDTH} characters).
     *
     * @param title short name of the document, e.g. {@code receipt-17}; used for file names and print job names
     * @throws PrintFailedException with a sentence for the cashier when the printer cannot take the job
     */
    void print(String title, String text);

    /**
     * Whether a printer is set up at all; when false, {@link #print} throws {@link NoPrinterException} and screens
     * should not offer printing. Cheap (no device is asked), callable from the FX thread.
     */
    default boolean isSetUp() {
        return true;
    }
}
