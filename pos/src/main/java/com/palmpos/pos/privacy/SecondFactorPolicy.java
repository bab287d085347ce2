package com.palmpos.pos.privacy;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.money.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configurable second factor of palm payments: above {@link SecondFactorSettings#threshold()} the customer types the
 * last four digits of their phone. Wrong answers are counted per customer (in memory: a restart resets them) and after
 * {@link SecondFactorSettings#maxAttempts()} palm payment is refused for the cool-down. Thread-safe; a check is one
 * indexed read plus one audit insert.
 */
public final class SecondFactorPolicy {
    private record Strikes(int count, Instant lockedUntil) {
    }

    private final SecondFactorSettings settings;
    private final CustomerStore customers;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Strikes> strikes = new ConcurrentHashMap<>();

    public SecondFactorPolicy(SecondFactorSettings settings, CustomerStore customers, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
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
        Strikes current = strikes.get(customerId);
        SecondFactorResult result;
        if (current != null && current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
            result = new SecondFactorResult.TooManyAttempts(current.lockedUntil());
        } else {
            Optional<String> onFile = customers.phoneLastFour(customerId);
            if (onFile.isEmpty()) {
                result = new SecondFactorResult.NoPhoneOnFile();
            } else if (matches(onFile.get(), lastFour)) {
                strikes.remove(customerId);
                result = new SecondFactorResult.Passed();
            } else {
                result = strike(customerId, current, now);
            }
        }
        audit.record(staffId, AuditAction.SECOND_FACTOR, customerId, outcome(result), "");
        return result;
    }

    private SecondFactorResult strike(String customerId, Strikes current, Instant now) {
        int count = (current == null || current.lockedUntil() != null ? 0 : current.count()) + 1;
        if (count >= settings.maxAttempts()) {
            Instant until = now.plus(settings.cooldown());
            strikes.put(customerId, new Strikes(count, until));
            return new SecondFactorResult.TooManyAttempts(until);
        }
        strikes.put(customerId, new Strikes(count, null));
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
