package com.palmpos.pos.privacy.internal;

import com.palmpos.pos.internal.Jdbc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the text copies of an erased customer's receipts in {@code <data>/receipts} (the file printer's folder:
 * {@code yyyyMMdd-HHmmss-SSS-receipt-<number>.txt}): they greet the customer by name and show the card's brand and
 * last four. A file is deleted when its order number is one of the customer's orders, its date is within a day of
 * that order's business date, and it greets the customer by the name printed on it. Not transactional: called right
 * after the erasure commits. Stateless.
 */
public final class ReceiptEraser {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptEraser.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.BASIC_ISO_DATE;

    /** One of the customer's orders: where its receipt copy may be. */
    public record OrderRef(LocalDate businessDate, int number) {
    }

    /** The customer's orders at this terminal, read before the erasure. */
    public List<OrderRef> orders(Connection c, String customerId) throws SQLException {
        List<OrderRef> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT business_date, number FROM orders WHERE customer_id = ?")) {
            Jdbc.bind(s, customerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new OrderRef(rs.getObject(1, LocalDate.class), rs.getInt(2)));
                }
            }
        }
        return out;
    }

    /**
     * Deletes the receipt copies of {@code orders} that greet {@code greetingName}; returns how many. A file that
     * cannot be read or deleted is logged (without the name) and left, so the erasure itself is not undone.
     */
    public int erase(Path receipts, List<OrderRef> orders, String greetingName) {
        if (orders.isEmpty() || greetingName == null || greetingName.isBlank() || !Files.isDirectory(receipts)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(receipts)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (matches(file.getFileName().toString(), orders) && greets(file, greetingName)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Receipt copies in {} of an erased customer not all deleted: {}", receipts, e.getMessage());
        }
        return deleted;
    }

    private static boolean matches(String fileName, List<OrderRef> orders) {
        for (OrderRef order : orders) {
            if (fileName.endsWith("-receipt-" + order.number() + ".txt") && fileName.length() >= 8) {
                String day = fileName.substring(0, 8);
                for (int shift = -1; shift <= 1; shift++) {
                    if (day.equals(STAMP.format(order.businessDate().plusDays(shift)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean greets(Path file, String name) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).contains(name);
    }
}
