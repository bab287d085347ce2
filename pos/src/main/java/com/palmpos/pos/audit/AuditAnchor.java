package com.palmpos.pos.audit;

import com.palmpos.pos.store.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit chain's head kept outside the database ({@code <data>/audit-anchor}: one line {@code seq hash}), so an
 * emptied ({@code TRUNCATE}), shortened or rewritten {@code audit_log} no longer verifies even when the attacker
 * also resets the {@code audit_head} row. Only committed heads are written (the caller reads them in a transaction
 * of its own after the commit), and the anchor only moves forward. Replaced atomically. Thread-safe.
 */
final class AuditAnchor {
    static final String FILE_NAME = "audit-anchor";
    private static final Pattern LINE = Pattern.compile("(\\d+) ([0-9a-f]{64})\\s*");

    /** An anchored head. */
    record Head(long seq, String hash) {
    }

    private final Path file;

    AuditAnchor(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /**
     * The anchored head; empty when none was written yet (a fresh terminal, or one upgraded from a version without it).
     *
     * @throws IllegalStateException if the file exists but is not an anchor: someone altered it
     */
    synchronized Optional<Head> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Matcher m = LINE.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            if (!m.matches()) {
                throw new IllegalStateException("the audit anchor " + file + " is damaged or was altered");
            }
            return Optional.of(new Head(Long.parseLong(m.group(1)), m.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchor " + file + ": " + e.getMessage(), e);
        }
    }

    /** Moves the anchor to {@code head} if that is newer than the anchored one. */
    synchronized void advance(Head head) {
        Optional<Head> current = read();
        if (head.seq() == 0 || current.map(h -> h.seq() >= head.seq()).orElse(false)) {
            return;
        }
        try {
            OwnerOnly.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "audit-anchor", ".tmp", OwnerOnly.fileAttribute());
            try {
                Files.writeString(temp, head.seq() + " " + head.hash() + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit anchor " + file + ": " + e.getMessage(), e);
        }
    }
}
