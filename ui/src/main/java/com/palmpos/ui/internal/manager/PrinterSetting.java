package com.palmpos.ui.internal.manager;

import com.palmpos.pos.print.EscPosPrinter;
import com.palmpos.pos.print.ReceiptPrinter;
import com.palmpos.pos.print.TextFilePrinter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The terminal's printer as saved on the settings page ({@code printer.kind} = none | file | escpos, and
 * {@code printer.queue} for ESC/POS). Immutable.
 *
 * @param queue the operating system's print queue for an ESC/POS printer; empty for the other kinds
 */
record PrinterSetting(Kind kind, String queue) {

    static final String KIND_KEY = "printer.kind";
    static final String QUEUE_KEY = "printer.queue";

    /** Where documents go. */
    enum Kind { NONE, FILE, ESCPOS }

    PrinterSetting {
        queue = queue == null ? "" : queue.strip();
    }

    /** Reads the stored settings; no printer when nothing (or nothing readable) was saved. */
    static PrinterSetting from(Map<String, String> stored) {
        String kind = stored.getOrDefault(KIND_KEY, "none").toUpperCase(Locale.ROOT);
        try {
            return new PrinterSetting(Kind.valueOf(kind), stored.getOrDefault(QUEUE_KEY, ""));
        } catch (IllegalArgumentException unknown) {
            return new PrinterSetting(Kind.NONE, "");
        }
    }

    /**
     * The printer to send documents to, or empty for {@link Kind#NONE}. Text files go to {@code <data>/receipts}.
     * Cheap: nothing is opened until something is printed.
     */
    Optional<ReceiptPrinter> printer(Path dataDirectory, Clock clock) {
        return switch (kind) {
            case NONE -> Optional.empty();
            case FILE -> Optional.of(new TextFilePrinter(dataDirectory.resolve("receipts"), clock));
            case ESCPOS -> Optional.of(new EscPosPrinter(queue));
        };
    }
}
