package com.palmpos.pos.print;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The terminal's printer as a manager saved it ({@code printer.kind} = none | file | escpos, and
 * {@code printer.queue} for ESC/POS). Immutable.
 *
 * @param queue the operating system's print queue for an ESC/POS printer; empty for the other kinds
 */
public record PrinterChoice(Kind kind, String queue) {
    /** Setting key of the kind of printer. */
    public static final String KIND_KEY = "printer.kind";
    /** Setting key of the ESC/POS print queue. */
    public static final String QUEUE_KEY = "printer.queue";

    /** Where documents go. */
    public enum Kind { NONE, FILE, ESCPOS }

    /** No printer: documents are not printed and the screens say so. */
    public static final PrinterChoice NONE = new PrinterChoice(Kind.NONE, "");

    public PrinterChoice {
        Objects.requireNonNull(kind, "kind");
        queue = queue == null ? "" : queue.strip();
    }

    /**
     * Reads saved settings; no printer when nothing was saved, and also when the kind is unknown or an ESC/POS
     * printer has no queue (a hand-edited store: the settings page refuses both).
     */
    public static PrinterChoice from(Map<String, String> stored) {
        return from(stored, NONE);
    }

    /** Like {@link #from(Map)}, but {@code unsaved} when no kind of printer was saved at all. */
    public static PrinterChoice from(Map<String, String> stored, PrinterChoice unsaved) {
        if (!stored.containsKey(KIND_KEY)) {
            return unsaved;
        }
        String kind = stored.get(KIND_KEY).strip().toUpperCase(Locale.ROOT);
        try {
            PrinterChoice choice = new PrinterChoice(Kind.valueOf(kind), stored.getOrDefault(QUEUE_KEY, ""));
            return choice.kind == Kind.ESCPOS && choice.queue.isEmpty() ? NONE : choice;
        } catch (IllegalArgumentException unknown) {
            return NONE;
        }
    }

    /**
     * The printer to send documents to, or empty for {@link Kind#NONE}. Text files go to {@code receipts}.
     * Cheap: nothing is opened until something is printed.
     */
    public Optional<ReceiptPrinter> printer(Path receipts, Clock clock) {
        return switch (kind) {
            case NONE -> Optional.empty();
            case FILE -> Optional.of(new TextFilePrinter(receipts, clock));
            case ESCPOS -> Optional.of(new EscPosPrinter(queue));
        };
    }

    /** The kind as saved, e.g. {@code escpos}. */
    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** A short description for logs, e.g. {@code escpos 'receipt'}. */
    @Override
    public String toString() {
        return kind == Kind.ESCPOS ? "escpos '" + queue + "'" : kindName();
    }
}
