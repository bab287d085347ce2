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
        return new Builder(baseUrl).build();
    }

    /** A builder starting from {@link #defaults(URI)}. */
    public static Builder builder(URI baseUrl) {
        return new Builder(baseUrl);
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy with other timeouts. */
    public SyncSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return toBuilder().timeouts(connect, read, call).build();
    }

    /** A copy with other in-call retry parameters. */
    public SyncSettings withRetries(int attempts, Duration base, Duration max) {
        return toBuilder().retries(attempts, base, max).build();
    }

    /** A copy with other outbox-worker parameters. */
    public SyncSettings withOutbox(int batch, Duration poll, Duration retryBase, Duration retryMax) {
        return toBuilder().outbox(batch, poll, retryBase, retryMax).build();
    }

    /** A copy with another response size limit. */
    public SyncSettings withMaxResponseBytes(long max) {
        return toBuilder().maxResponseBytes(max).build();
    }

    /**
     * Settings built by name rather than by position; {@link #build()} checks them as the constructor does. Not
     * thread-safe.
     */
    public static final class Builder {
        private URI baseUrl;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(15);
        private Duration callTimeout = Duration.ofSeconds(45);
        private int maxAttempts = 3;
        private Duration retryBaseDelay = Duration.ofMillis(200);
        private Duration retryMaxDelay = Duration.ofSeconds(5);
        private Duration maxRetryAfter = Duration.ofSeconds(10);
        private long maxResponseBytes = 8L * 1024 * 1024;
        private String userAgent = "PalmPOS/0.1";
        private int batchSize = 500;
        private Duration idlePoll = Duration.ofSeconds(2);
        private Duration outboxRetryBase = Duration.ofSeconds(1);
        private Duration outboxRetryMax = Duration.ofMinutes(5);
        private Duration profilePullInterval = Duration.ofMinutes(5);

        private Builder(URI baseUrl) {
            this.baseUrl = baseUrl;
        }

        private Builder(SyncSettings s) {
            this(s.baseUrl);
            timeouts(s.connectTimeout, s.readTimeout, s.callTimeout);
            retries(s.maxAttempts, s.retryBaseDelay, s.retryMaxDelay);
            outbox(s.batchSize, s.idlePoll, s.outboxRetryBase, s.outboxRetryMax);
            maxRetryAfter = s.maxRetryAfter;
            maxResponseBytes = s.maxResponseBytes;
            userAgent = s.userAgent;
            profilePullInterval = s.profilePullInterval;
        }

        public Builder baseUrl(URI url) {
            this.baseUrl = url;
            return this;
        }

        /** Connect, read and whole-call timeouts. */
        public Builder timeouts(Duration connect, Duration read, Duration call) {
            this.connectTimeout = connect;
            this.readTimeout = read;
            this.callTimeout = call;
            return this;
        }

        /** Attempts per call and the in-call backoff's first step and cap. */
        public Builder retries(int attempts, Duration base, Duration max) {
            this.maxAttempts = attempts;
            this.retryBaseDelay = base;
            this.retryMaxDelay = max;
            return this;
        }

        public Builder maxRetryAfter(Duration max) {
            this.maxRetryAfter = max;
            return this;
        }

        public Builder maxResponseBytes(long max) {
            this.maxResponseBytes = max;
            return this;
        }

        public Builder userAgent(String agent) {
            this.userAgent = agent;
            return this;
        }

        /** Orders per round, idle pause, and the outbox's retry delays. */
        public Builder outbox(int batch, Duration poll, Duration retryBase, Duration retryMax) {
            this.batchSize = batch;
            this.idlePoll = poll;
            this.outboxRetryBase = retryBase;
            this.outboxRetryMax = retryMax;
            return this;
        }

        public Builder profilePullInterval(Duration interval) {
            this.profilePullInterval = interval;
            return this;
        }

        /** @throws IllegalArgumentException naming the setting out of range */
        public SyncSettings build() {
            return new SyncSettings(baseUrl, connectTimeout, readTimeout, callTimeout, maxAttempts, retryBaseDelay,
                    retryMaxDelay, maxRetryAfter, maxResponseBytes, userAgent, batchSize, idlePoll, outboxRetryBase,
                    outboxRetryMax, profilePullInterval);
        }
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
