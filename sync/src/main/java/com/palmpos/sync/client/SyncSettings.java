package com.palmpos.sync.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything tunable about talking to the cloud, with defaults ({@link #defaults(URI)}). Immutable.
 *
 * @param baseUrl             the cloud, e.g. {@code https://api.palmpos.example}; plain http only for loopback
 * @param connectTimeout      TCP + TLS connect
 * @param readTimeout         silence allowed while waiting for response bytes
 * @param callTimeout         one whole call including its in-call retries
 * @param maxAttempts         attempts per call (1 = no in-call retry); the outbox worker retries further itself
 * @param retryBaseDelay      first backoff step; step n waits a random time in [0, min(max, base x 2^n)]
 * @param retryMaxDelay       backoff cap
 * @param maxRetryAfter       longest server {@code Retry-After} honoured in-call; longer ones end the call
 * @param maxResponseBytes    larger responses are refused (a broken proxy must not exhaust memory)
 * @param userAgent           product token sent as {@code User-Agent}
 * @param batchSize           orders per outbox round and upload call, whole orders with all their messages (default 500)
 * @param idlePoll            how long the outbox worker sleeps when there is nothing to send
 * @param outboxRetryBase     first delay before a failed outbox message is tried again (doubles, with jitter)
 * @param outboxRetryMax      longest such delay
 * @param profilePullInterval how often the customer delta is pulled
 */
public record SyncSettings(URI baseUrl, Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                           int maxAttempts, Duration retryBaseDelay, Duration retryMaxDelay, Duration maxRetryAfter,
                           long maxResponseBytes, String userAgent, int batchSize, Duration idlePoll,
                           Duration outboxRetryBase, Duration outboxRetryMax, Duration profilePullInterval) {

    public SyncSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        requireSecure(baseUrl);
        positive(connectTimeout, "connectTimeout");
        positive(readTimeout, "readTimeout");
        positive(callTimeout, "callTimeout");
        positive(retryBaseDelay, "retryBaseDelay");
        positive(retryMaxDelay, "retryMaxDelay");
        positive(maxRetryAfter, "maxRetryAfter");
        positive(idlePoll, "idlePoll");
        positive(outboxRetryBase, "outboxRetryBase");
        positive(outboxRetryMax, "outboxRetryMax");
        positive(profilePullInterval, "profilePullInterval");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("sync maxAttempts must be 1..10, was " + maxAttempts);
        }
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("sync batchSize must be 1..500, was " + batchSize);
        }
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("sync maxResponseBytes must be at least 1024, was " + maxResponseBytes);
        }
        String base = baseUrl.toString();
        baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    /** Defaults suited to a counter on a shop's internet line. */
    public static SyncSettings defaults(URI baseUrl) {
        return new SyncSettings(baseUrl, Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(45), 3,
                Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(10), 8L * 1024 * 1024,
                "PalmPOS/0.1", 500, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(5),
                Duration.ofMinutes(5));
    }

    /** A copy with other timeouts. */
    public SyncSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new SyncSettings(baseUrl, connect, read, call, maxAttempts, retryBaseDelay, retryMaxDelay, maxRetryAfter,
                maxResponseBytes, userAgent, batchSize, idlePoll, outboxRetryBase, outboxRetryMax, profilePullInterval);
    }

    /** A copy with other in-call retry parameters. */
    public SyncSettings withRetries(int attempts, Duration base, Duration max) {
        return new SyncSettings(baseUrl, connectTimeout, readTimeout, callTimeout, attempts, base, max, maxRetryAfter,
                maxResponseBytes, userAgent, batchSize, idlePoll, outboxRetryBase, outboxRetryMax, profilePullInterval);
    }

    /** A copy with other outbox-worker parameters. */
    public SyncSettings withOutbox(int batch, Duration poll, Duration retryBase, Duration retryMax) {
        return new SyncSettings(baseUrl, connectTimeout, readTimeout, callTimeout, maxAttempts, retryBaseDelay,
                retryMaxDelay, maxRetryAfter, maxResponseBytes, userAgent, batch, poll, retryBase, retryMax,
                profilePullInterval);
    }

    /** A copy with another response size limit. */
    public SyncSettings withMaxResponseBytes(long max) {
        return new SyncSettings(baseUrl, connectTimeout, readTimeout, callTimeout, maxAttempts, retryBaseDelay,
                retryMaxDelay, maxRetryAfter, max, userAgent, batchSize, idlePoll, outboxRetryBase, outboxRetryMax,
                profilePullInterval);
    }

    private static void requireSecure(URI url) {
        String scheme = url.getScheme();
        if ("https".equalsIgnoreCase(scheme)) {
            return;
        }
        if (!"http".equalsIgnoreCase(scheme) || url.getHost() == null) {
            throw new IllegalArgumentException("cloud URL " + url + " must be an https:// URL, e.g. https://api.palmpos.example");
        }
        if (!isLoopback(url.getHost())) {
            throw new IllegalArgumentException("cloud URL " + url + " uses plain http to a non-local host: card tokens and"
                    + " palm templates must travel over TLS. Use https://" + url.getHost()
                    + " (plain http is allowed only for loopback, e.g. http://127.0.0.1:8080 for the emulator)");
        }
    }

    private static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name other than localhost: never resolve DNS to decide on security
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("sync " + name + " must be a positive duration, was " + d);
        }
    }
}
