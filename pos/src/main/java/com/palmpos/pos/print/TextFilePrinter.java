package com.palmpos.pos.print;

import com.palmpos.pos.store.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The fallback printer: writes each document as a UTF-8 text file in a directory (for terminals without a printer,
 * demos and tests). File names are {@code yyyyMMdd-HHmmss-SSS-<title>.txt} in UTC. Thread-safe.
 */
public final class TextFilePrinter implements ReceiptPrinter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private final Path directory;
    private final Clock clock;

    public TextFilePrinter(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void print(String title, String text) {
        String safe = title.replaceAll("[^A-Za-z0-9._-]", "_");
        Path file = directory.resolve(STAMP.format(clock.instant()) + "-" + safe + ".txt");
        try {
            // receipts name the customer and show the card's last four: owner-only, like the rest of the data directory
            OwnerOnly.createDirectories(directory);
            Files.write(Files.createFile(file, OwnerOnly.fileAttribute()), text.getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new PrintFailedException("cannot write " + file + ": " + e.getMessage()
                    + " (check that the receipts folder exists and is writable)", e);
        }
    }
}
