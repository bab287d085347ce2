package com.palmpos.cloud.internal;

import com.palmpos.sync.api.Health;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.TerminalRegistration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** Health, terminal registration and authentication, store menu and settings. */
public final class TerminalApi {
    static final String VERSION = "1.0.0";

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/v1/health", false, (call, tx) -> Reply.ok(new Health("UP", VERSION, call.now()))),
                Route.of("POST", "/v1/terminals", false, this::register),
                Route.of("GET", "/v1/stores/{store}/menu", true, (call, tx) -> storeDocument(call, tx, "menu_json")),
                Route.of("GET", "/v1/stores/{store}/settings", true, (call, tx) -> storeDocument(call, tx, "settings_json")));
    }

    private Reply register(Call call, Connection tx) throws SQLException {
        RegisterTerminalRequest request = call.body(RegisterTerminalRequest.class);
        if (request.activationCode() == null || request.terminalName() == null || request.terminalName().isBlank()
                || request.terminalName().length() > 80) {
            throw ApiError.badRequest("activationCode and terminalName (1..80 characters) are required");
        }
        String storeId;
        try (PreparedStatement select = tx.prepareStatement("SELECT store_id FROM activation_code WHERE code = ?")) {
            select.setString(1, request.activationCode().trim().toUpperCase(java.util.Locale.ROOT));
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw ApiError.notFound("activation code " + request.activationCode()
                            + " is unknown: check it in the back office (the demo store's is DEMO-0001)");
                }
                storeId = rs.getString(1);
            }
        }
        String terminalId = Ids.id("trm");
        String token = Ids.secret();
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO terminal (terminal_id, store_id, name,"
                + " token_sha256, registered_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, terminalId);
            insert.setString(2, storeId);
            insert.setString(3, request.terminalName());
            insert.setString(4, IdempotencyLedger.sha256Hex(token));
            insert.setTimestamp(5, Timestamp.from(call.now()));
            insert.executeUpdate();
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

    /** The terminal owning {@code token}; 401 if there is none. */
    static Caller authenticate(Connection tx, String token) throws SQLException {
        if (token == null || token.isEmpty()) {
            throw new ApiError(401, "unauthorized", "Unauthorized",
                    "send Authorization: Bearer <token>; register the terminal with POST /v1/terminals to get one");
        }
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT terminal_id, store_id FROM terminal WHERE token_sha256 = ?")) {
            select.setString(1, IdempotencyLedger.sha256Hex(token));
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new ApiError(401, "unauthorized", "Unauthorized",
                            "the bearer token is unknown or revoked: register the terminal again");
                }
                return new Caller(rs.getString(1), rs.getString(2));
            }
        }
    }
}
