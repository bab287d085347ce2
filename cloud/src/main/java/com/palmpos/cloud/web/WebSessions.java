package com.palmpos.cloud.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.cloud.internal.CloudDatabase;
import com.palmpos.cloud.internal.Sealer;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * Browser sessions kept in the cloud database (so every instance knows them): the cookie holds a random 256-bit id,
 * the table only its SHA-256. A session ends after {@link WebSettings#idleTimeout()} without a request or
 * {@link WebSettings#maxLifetime()} after it began; signing in gives a new id (no session fixation). The cookie is
 * {@code HttpOnly}, {@code SameSite=Lax} (the processor's redirect back is a top-level GET and must carry it) and, by
 * default, {@code Secure} with the {@code __Host-} prefix. Thread-safe.
 */
final class WebSessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private final CloudDatabase db;
    /** The session's values hold what a customer typed (name, e-mail, phone): sealed like the customer rows. */
    private final Sealer sealer;
    private final Clock clock;
    private final WebSettings settings;
    private final ObjectMapper json = new ObjectMapper();
    private final String cookieName;
    /** Expired sessions are deleted every {@link #PURGE_EVERY} new sessions (one indexed DELETE). */
    private final java.util.concurrent.atomic.AtomicLong created = new java.util.concurrent.atomic.AtomicLong();
    static final int PURGE_EVERY = 100;

    WebSessions(CloudDatabase db, Sealer sealer, Clock clock, WebSettings settings) {
        this.db = db;
        this.sealer = sealer;
        this.clock = clock;
        this.settings = settings;
        this.cookieName = settings.secureCookies() ? "__Host-palmpos" : "palmpos";
    }

    /** The request's live session, or a new one (cookie set) when it has none or its own has expired. */
    Session load(Context ctx) {
        String cookie = ctx.cookie(cookieName);
        Instant now = clock.instant();
        boolean expired = false;
        if (cookie != null && cookie.length() <= 64) {
            String hash = sha256(cookie);
            Session found = db.inTransaction(tx -> {
                try (PreparedStatement select = tx.prepareStatement("SELECT csrf, customer_id, data_json, created_at,"
                        + " expires_at FROM web_session WHERE id_sha256 = ?")) {
                    select.setString(1, hash);
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            return null;
                        }
                        Instant created = rs.getTimestamp(4).toInstant();
                        if (!rs.getTimestamp(5).toInstant().isAfter(now)
                                || !created.plus(settings.maxLifetime()).isAfter(now)) {
                            return new Session(hash, "", null, Map.of(), created, true);
                        }
                        return new Session(hash, rs.getString(1), rs.getString(2), read(sealer.open(settings.chainId(), rs.getString(3))), created, false);
                    }
                }
            });
            if (found != null && !found.expired()) {
                return found;
            }
            if (found != null) {
                delete(found.idHash());
                expired = true;
            }
        }
        return create(ctx, now, expired);
    }

    private Session create(Context ctx, Instant now, boolean expired) {
        if (created.incrementAndGet() % PURGE_EVERY == 0) {
            purgeExpired();
        }
        String id = randomToken();
        Session session = new Session(sha256(id), randomToken(), null, Map.of(), now, expired);
        db.inTransaction(tx -> {
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO web_session (id_sha256, csrf, customer_id,"
                    + " data_json, created_at, expires_at) VALUES (?, ?, NULL, '{}', ?, ?)")) {
                insert.setString(1, session.idHash());
                insert.setString(2, session.csrf());
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setTimestamp(4, Timestamp.from(now.plus(settings.idleTimeout())));
                insert.executeUpdate();
            }
            return null;
        });
        setCookie(ctx, id);
        return session;
    }

    /** Saves the session's values and signed-in customer, and moves its idle expiry forward. */
    void save(Session session) {
        String data = sealer.seal(settings.chainId(), write(session.data()));
        if (data.length() > 4000) {
            throw new IllegalStateException("session data over 4000 characters once sealed");
        }
        db.inTransaction(tx -> {
            try (PreparedStatement update = tx.prepareStatement("UPDATE web_session SET customer_id = ?, data_json = ?,"
                    + " expires_at = ? WHERE id_sha256 = ?")) {
                update.setString(1, session.customerId());
                update.setString(2, data);
                update.setTimestamp(3, Timestamp.from(clock.instant().plus(settings.idleTimeout())));
                update.setString(4, session.idHash());
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Gives the session a new id (and cookie), e.g. on signing in, so an id known before is worth nothing after. */
    void rotate(Context ctx, Session session) {
        String id = randomToken();
        String newHash = sha256(id);
        db.inTransaction(tx -> {
            try (PreparedStatement update = tx.prepareStatement("UPDATE web_session SET id_sha256 = ? WHERE id_sha256 = ?")) {
                update.setString(1, newHash);
                update.setString(2, session.idHash());
                update.executeUpdate();
            }
            return null;
        });
        session.idHash(newHash);
        setCookie(ctx, id);
    }

    /** Ends the session: the row is deleted and the browser told to drop the cookie. */
    void end(Context ctx, Session session) {
        delete(session.idHash());
        ctx.res().addHeader("Set-Cookie", cookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                + (settings.secureCookies() ? "; Secure" : ""));
    }

    /** Deletes sessions that have expired; returns how many. */
    int purgeExpired() {
        return db.inTransaction(tx -> {
            try (PreparedStatement delete = tx.prepareStatement("DELETE FROM web_session WHERE expires_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(clock.instant()));
                return delete.executeUpdate();
            }
        });
    }

    private void delete(String hash) {
        db.inTransaction(tx -> {
            try (PreparedStatement delete = tx.prepareStatement("DELETE FROM web_session WHERE id_sha256 = ?")) {
                delete.setString(1, hash);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private void setCookie(Context ctx, String id) {
        // no Max-Age: a browser-session cookie; the server ends it after the idle timeout anyway
        ctx.res().addHeader("Set-Cookie", cookieName + "=" + id + "; Path=/; HttpOnly; SameSite=Lax"
                + (settings.secureCookies() ? "; Secure" : ""));
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable session data", e);
        }
    }

    private String write(Map<String, String> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write session data", e);
        }
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Constant-time comparison of two secrets. */
    static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
