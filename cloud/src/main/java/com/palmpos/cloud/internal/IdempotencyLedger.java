package com.palmpos.cloud.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The first response of every idempotency-keyed call, per caller and key, stored in the same transaction as the
 * call's effect: either both are committed or neither. Concurrent calls with one key are serialised by a striped
 * lock, so the second waits and then replays the first. Thread-safe.
 */
public final class IdempotencyLedger {
    /** A stored first response. */
    public record Stored(String requestHash, int status, String contentType, byte[] body) {
    }

    private final ReentrantLock[] stripes = new ReentrantLock[64];

    public IdempotencyLedger() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** The lock guarding {@code scope}/{@code key}; hold it around the whole keyed call. */
    public ReentrantLock lockFor(String scope, String key) {
        return stripes[Math.floorMod((scope + '\n' + key).hashCode(), stripes.length)];
    }

    public Optional<Stored> find(Connection tx, String scope, String key) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT request_sha256, status, content_type, body FROM idempotency WHERE scope = ? AND idem_key = ?")) {
            select.setString(1, scope);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)))
                        : Optional.empty();
            }
        }
    }

    public void save(Connection tx, String scope, String key, Stored response, Instant now) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO idempotency (scope, idem_key, request_sha256,"
                + " status, content_type, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setString(3, response.requestHash());
            insert.setInt(4, response.status());
            insert.setString(5, response.contentType());
            insert.setBytes(6, response.body());
            insert.setTimestamp(7, Timestamp.from(now));
            insert.executeUpdate();
        }
    }

    /** The fingerprint of a request: method, path and body; a key reused with another fingerprint is refused. */
    public static String requestHash(String method, String path, byte[] body) {
        MessageDigest digest = sha256();
        digest.update((method + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Hex SHA-256 of {@code text}. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
