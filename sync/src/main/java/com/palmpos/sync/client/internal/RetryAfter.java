package com.palmpos.sync.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Response;

/** Reads {@code Retry-After}: delta-seconds, or an HTTP-date taken relative to the server's own {@code Date}. */
public final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * The wait the server asked for, never negative; empty if absent or unreadable. An HTTP-date is measured against
     * the response's {@code Date} header when present, so a terminal with a skewed clock still waits the intended time.
     */
    public static Optional<Duration> parse(Response response, Clock clock) {
        String value = response.header("Retry-After");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (trimmed.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Instant reference = serverDate(response).orElse(clock.instant());
            Duration wait = Duration.between(reference, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> serverDate(Response response) {
        String date = response.header("Date");
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
