package com.palmpos.pos.privacy;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.privacy.internal.StrikeRepository;
import com.palmpos.pos.privacy.internal.StrikeRepository.Strikes;
import com.palmpos.pos.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The configurable second factor of palm payments: above {@link SecondFactorSettings#threshold()} the customer types the
 * last four digits of their phone. Wrong answers are counted per customer in the terminal database (table
 * {@code second_factor_strikes}, so a restart does not lift a lockout) and after {@link SecondFactorSettings#maxAttempts()}
 * palm payment is refused for the cool-down. Thread-safe; a check is a few indexed reads and writes plus one audit
 * insert, in one transaction.
 */
public final class SecondFactorPolicy {
    private final SecondFactorSettings settings;
    private final CustomerStore customers;
    private final AuditLog audit;
    private final Database database;
    private final Clock clock;
    private final StrikeRepository strikes = new StrikeRepository();

    public SecondFactorPolicy(SecondFactorSettings settings, CustomerStore customers, AuditLog audit, Database database,
                              Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a palm payment of {@code total} (tip included) needs the second factor. Cheap, no I/O. */
    public boolean required(Money total) {
        return settings.threshold().map(t -> t.currency().equals(total.currency()) ? total.compareTo(t) >= 0 : true)
                .orElse(false);
    }

    /**
     * Checks the digits the customer typed against their phone on file; the caller clears {@code lastFour} after.
     * {@code staffId} is the cashier at the counter, for the audit entry.
     */
    public SecondFactorResult check(String customerId, char[] lastFour, String staffId) {
        Instant now = clock.instant();
        // one transaction: two checks at once for the same customer cannot both count as the first wrong answer
        return database.inTransaction(c -> {
            Strikes current = strikes.find(c, customerId).orElse(null);
            SecondFactorResult result;
            if (current != null && current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
                result = new SecondFactorResult.TooManyAttempts(current.lockedUntil());
            } else {
                Optional<String> onFile = customers.phoneLastFour(customerId);
                if (onFile.isEmpty()) {
                    result = new SecondFactorResult.NoPhoneOnFile();
                } else if (matches(onFile.get(), lastFour)) {
                    strikes.clear(c, customerId);
                    result = new SecondFactorResult.Passed();
                } else {
                    result = strike(c, customerId, current, now);
                }
            }
            audit.append(c, staffId, AuditAction.SECOND_FACTOR, customerId, outcome(result), "");
            return result;
        });
    }

    private SecondFactorResult strike(Connection c, String customerId, Strikes current, Instant now)
            throws SQLException {
        // a lockout that has run out starts a fresh count
        int count = (current == null || current.lockedUntil() != null ? 0 : current.count()) + 1;
        if (count >= settings.maxAttempts()) {
            Instant until = now.plus(settings.cooldown());
            strikes.save(c, customerId, new Strikes(count, until), now);
            return new SecondFactorResult.TooManyAttempts(until);
        }
        strikes.save(c, customerId, new Strikes(count, null), now);
        return new SecondFactorResult.Wrong(settings.maxAttempts() - count);
    }

    private static boolean matches(String expected, char[] typed) {
        if (typed == null) {
            return false;
        }
        // constant time: how many digits were right must not show in the response time
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                new String(typed).getBytes(StandardCharsets.US_ASCII));
    }

    private static String outcome(SecondFactorResult result) {
        if (result instanceof SecondFactorResult.Passed) {
            return "PASSED";
        } else if (result instanceof SecondFactorResult.Wrong) {
            return "WRONG";
        } else if (result instanceof SecondFactorResult.TooManyAttempts) {
            return "LOCKED";
        }
        return "NO_PHONE";
    }
}
