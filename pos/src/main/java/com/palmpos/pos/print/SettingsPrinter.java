package com.palmpos.pos.print;

import com.palmpos.pos.settings.TerminalSettingStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The printer the manager chose on the settings page: it follows the {@link TerminalSettingStore}, so a saved change
 * takes effect with the next document, without a restart. With no printer set up, {@link #print} throws
 * {@link NoPrinterException} and {@link #isSetUp()} is false (the screens offer no printing then). Thread-safe.
 */
public final class SettingsPrinter implements ReceiptPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsPrinter.class);

    private record Target(PrinterChoice choice, Optional<ReceiptPrinter> printer) {
    }

    private final Path receipts;
    private final Clock clock;
    private volatile Target target;

    private SettingsPrinter(Path receipts, Clock clock) {
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads the saved choice (one small query) and follows every later save in {@code settings}.
     *
     * @param unsaved  the printer while no manager has saved one (the configuration file's)
     * @param receipts where a {@code file} printer writes its text files
     */
    public static SettingsPrinter following(TerminalSettingStore settings, PrinterChoice unsaved, Path receipts,
            Clock clock) {
        Objects.requireNonNull(unsaved, "unsaved");
        SettingsPrinter printer = new SettingsPrinter(receipts, clock);
        printer.choose(PrinterChoice.from(settings.all(), unsaved));
        settings.addListener(changed -> {
            if (changed.containsKey(PrinterChoice.KIND_KEY) || changed.containsKey(PrinterChoice.QUEUE_KEY)) {
                printer.choose(PrinterChoice.from(settings.all(), unsaved));
            }
        });
        return printer;
    }

    private void choose(PrinterChoice choice) {
        Target old = target;
        target = new Target(choice, choice.printer(receipts, clock));
        if (old == null || !old.choice().equals(choice)) {
            LOG.info("Receipts and kitchen tickets now go to: {}", choice);
        }
    }

    /** The printer chosen now. Cheap. */
    public PrinterChoice choice() {
        return target.choice();
    }

    @Override
    public boolean isSetUp() {
        return target.printer().isPresent();
    }

    /** Prints on the chosen printer; blocks like it. @throws NoPrinterException when none is set up */
    @Override
    public void print(String title, String text) {
        target.printer().orElseThrow(NoPrinterException::new).print(title, text);
    }
}
