package com.palmpos.ui.internal.manager;

import com.palmpos.pos.print.PrinterChoice;
import com.palmpos.pos.print.ReceiptPrinter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The terminal's printer as saved on the settings page ({@code printer.kind} = none | file | escpos, and
 * {@code printer.queue} for ESC/POS): the settings page's view of {@link PrinterChoice}. Immutable.
 */
record PrinterSetting(PrinterChoice choice) {

    static final String KIND_KEY = PrinterChoice.KIND_KEY;
    static final String QUEUE_KEY = PrinterChoice.QUEUE_KEY;

    /** Reads the stored settings; no printer when nothing (or nothing readable) was saved. */
    static PrinterSetting from(Map<String, String> stored) {
        return new PrinterSetting(PrinterChoice.from(stored));
    }

    /**
     * The printer to send documents to, or empty for none. Text files go to {@code <data>/receipts}.
     * Cheap: nothing is opened until something is printed.
     */
    Optional<ReceiptPrinter> printer(Path dataDirectory, Clock clock) {
        return choice.printer(dataDirectory.resolve("receipts"), clock);
    }
}
