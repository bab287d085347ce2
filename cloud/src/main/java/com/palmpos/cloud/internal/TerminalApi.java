package com.palmpos.cloud.internal;

import com.palmpos.sync.api.Health;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.TerminalRegistration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Health, terminal registration and authentication, store menu and settings. */
public final class TerminalApi {
    static final String VERSION = "1.0.0";
    /**
     * How long the previous token keeps working after a rotation: long enough for a terminal that rotated and then
     * lost the answer (network cut, crash before saving) to come back and rotate again with the token it still has.
     */
    public static final Duration TOKEN_OVERLAP = Duration.ofDays(7);

    private final ActivationAttempts attempts;

    /** The terminal operations; wrong activation codes are counted in {@code db}, shared by every instance. */
    public TerminalApi(CloudDatabase db) {
        this.attempts = new ActivationAttempts(db);
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/v1/health", false, (call, tx) -> Reply.ok(new Health("UP", VERSION, call.now()))),
                Route.deliveringSecret("POST", "/v1/terminals", this::register),
                Route.deliveringSecret("POST", "/v1/terminals/me/token", true, TerminalApi::rotate),
                Route.of("GET", "/v1/stores/{store}/menu", true, (call, tx) -> storeDocument(call, tx, "menu_json")),
                Route.of("GET", "/v1/stores/{store}/settings", true, (call, tx) -> storeDocument(call, tx, "settings_json")));
    }

    private Reply register(Call call, Connection tx) throws SQLException {
        RegisterTerminalRequest request = call.body(RegisterTerminalRequest.class);
        if (request.activationCode() == null || request.terminalName() == null || request.terminalName().isBlank()
                || request.terminalName().length() > 80) {
            throw ApiError.badRequest("activationCode and terminalName (1..80 characters) are required");
        }
        attempts.admit(call.remote(), call.now());
        String storeId;
        boolean reusable;
        // case-exact: codes are compared as issued, no trimming or upper-casing
        try (PreparedStatement select = tx.prepareStatement("SELECT store_id, reusable, expires_at, used_by"
                + " FROM activation_code WHERE code = ?")) {
            select.setString(1, request.activationCode());
            try (ResultSet rs = select.executeQuery()) {
                boolean found = rs.next();
                Timestamp expires = found ? rs.getTimestamp(3) : null;
                boolean usable = found && rs.getString(4) == null
                        && (expires == null || expires.toInstant().isAfter(call.now()));
                if (!usable) {
                    attempts.failed(call.remote(), call.now());
                    throw ApiError.notFound("the activation code is unknown, used or expired: ask the back office"
                            + " for a new one");
                }
                storeId = rs.getString(1);
                reusable = rs.getBoolean(2);
            }
        }
        String terminalId = Ids.id("trm");
        String token = Ids.secret();
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO terminal (terminal_id, store_id, name,"
                + " token_sha256, registered_at, token_issued_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, terminalId);
            insert.setString(2, storeId);
            insert.setString(3, request.terminalName());
            insert.setString(4, IdempotencyLedger.sha256Hex(token));
            insert.setTimestamp(5, Timestamp.from(call.now()));
            insert.setTimestamp(6, Timestamp.from(call.now()));
            insert.executeUpdate();
        }
        if (!reusable) {
            try (PreparedStatement use = tx.prepareStatement(
                    "UPDATE activation_code SET used_by = ? WHERE code = ? AND used_by IS NULL")) {
                use.setString(1, terminalId);
                use.setString(2, request.activationCode());
                if (use.executeUpdate() == 0) {
                    throw ApiError.notFound("the activation code is unknown, used or expired: ask the back office"
                            + " for a new one");
                }
            }
        }
        return Reply.created(new TerminalRegistration(terminalId, storeId, token));
    }

    private Reply storeDocument(Call call, Connection tx, String column) throws SQLException {
        String storeId = call.path().get("store");
        call.caller().requireStore(storeId);
        try (PreparedStatement select = tx.prepareStatement("SELECT " + column + " FROM store WHERE store_id = ?")) {
            select.setString(1, storeId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw ApiError.notFound("store " + storeId);
                }
                try {
                    return Reply.ok(call.json().readTree(rs.getString(1)));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("stored " + column + " of " + storeId + " is not JSON", e);
                }
            }
        }
    }

    /**
     * Gives the calling terminal a new token. The token it presented stays valid for {@link #TOKEN_OVERLAP} (as the
     * previous one), so if this answer is lost the terminal still gets in and rotates again. A rotation presented
     * with the previous token (the answer of the last one was lost) discards the unreceived current token and does
     * not extend the previous token's life.
     */
    private static Reply rotate(Call call, Connection tx) throws SQLException {
        Caller caller = call.caller();
        String presented = caller.tokenSha256();
        String token = Ids.secret();
        try (PreparedStatement update = tx.prepareStatement("UPDATE terminal SET token_sha256 = ?, token_issued_at = ?,"
                + " previous_token_sha256 = ?, previous_valid_until = CASE WHEN previous_token_sha256 = ?"
                + " THEN previous_valid_until ELSE ? END WHERE terminal_id = ? AND revoked_at IS NULL")) {
            update.setString(1, IdempotencyLedger.sha256Hex(token));
            update.setTimestamp(2, Timestamp.from(call.now()));
            update.setString(3, presented);
            update.setString(4, presented);
            update.setTimestamp(5, Timestamp.from(call.now().plus(TOKEN_OVERLAP)));
            update.setString(6, caller.terminalId());
            if (update.executeUpdate() == 0) {
                throw unauthorized("the terminal was revoked: register it again with a new activation code");
            }
        }
        return Reply.created(new TerminalRegistration(caller.terminalId(), caller.storeId(), token));
    }

    private static ApiError unauthorized(String detail) {
        return new ApiError(401, "unauthorized", "Unauthorized", detail);
    }

    /** The terminal owning {@code token}, current or previous within its overlap; 401 if none or revoked. */
    static Caller authenticate(Connection tx, String token, Instant now) throws SQLException {
        if (token == null || token.isEmpty()) {
            throw new ApiError(401, "unauthorized", "Unauthorized",
                    "send Authorization: Bearer <token>; register the terminal with POST /v1/terminals to get one");
        }
        String hash = IdempotencyLedger.sha256Hex(token);
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT t.terminal_id, t.store_id, s.chain_id FROM terminal t JOIN store s ON s.store_id = t.store_id"
                        + " WHERE (t.token_sha256 = ? OR (t.previous_token_sha256 = ? AND t.previous_valid_until > ?))"
                        + " AND t.revoked_at IS NULL")) {
            select.setString(1, hash);
            select.setString(2, hash);
            select.setTimestamp(3, Timestamp.from(now));
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw unauthorized("the bearer token is unknown, expired after a rotation or revoked: register the"
                            + " terminal again");
                }
                return new Caller(rs.getString(1), rs.getString(2), rs.getString(3), hash);
            }
        }
    }
}
