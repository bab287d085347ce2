package com.palmpos.cloud.internal;

import com.palmpos.sync.api.PrivacyRequest;
import com.palmpos.sync.api.PrivacyRequestResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/**
 * Erasure requests, completed at once. Both scopes bump the customer's change number so every terminal's delta pull
 * carries the erasure to its local cache (empty template list, or a tombstone).
 */
public final class PrivacyApi {

    public List<Route> routes() {
        return List.of(Route.of("POST", "/v1/privacy-requests", true, this::submit));
    }

    private Reply submit(Call call, Connection tx) throws SQLException {
        PrivacyRequest request = call.body(PrivacyRequest.class);
        if (!PrivacyRequest.BIOMETRICS.equals(request.scope()) && !PrivacyRequest.PROFILE.equals(request.scope())) {
            throw ApiError.unprocessable("invalid-scope", "scope must be BIOMETRICS or PROFILE, was " + request.scope());
        }
        if (request.customerId() == null || !Customers.visibleTo(tx, request.customerId(), call.caller())) {
            throw ApiError.notFound("customer " + request.customerId() + " (already erased, or never enrolled)");
        }
        return Reply.created(erase(tx, request.customerId(), request.scope(), call.now()));
    }

    /**
     * Carries out an erasure of {@code scope} (BIOMETRICS or PROFILE) for a customer the caller may change, and
     * records it; terminals receive it with their next customer pull. Used by the terminals' API and by the
     * customer's own web pages.
     */
    public static PrivacyRequestResult erase(Connection tx, String customerId, String scope, java.time.Instant now)
            throws SQLException {
        if (PrivacyRequest.PROFILE.equals(scope)) {
            Customers.erase(tx, customerId, now);
        } else {
            Customers.deleteTemplates(tx, customerId);
            try (PreparedStatement withdraw = tx.prepareStatement(
                    "UPDATE customer SET consent_json = NULL WHERE customer_id = ?")) {
                withdraw.setString(1, customerId);
                withdraw.executeUpdate();
            }
            Customers.touch(tx, customerId, now);
        }
        PrivacyRequestResult result = new PrivacyRequestResult(Ids.id("prv"), customerId, scope, now);
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO privacy_request (request_id, customer_id, scope,"
                + " completed_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, result.requestId());
            insert.setString(2, result.customerId());
            insert.setString(3, result.scope());
            insert.setTimestamp(4, Timestamp.from(result.completedAt()));
            insert.executeUpdate();
        }
        return result;
    }
}
