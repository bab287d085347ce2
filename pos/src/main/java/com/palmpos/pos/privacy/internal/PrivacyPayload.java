package com.palmpos.pos.privacy.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palmpos.pos.internal.Json;
import java.time.Instant;

/**
 * A privacy request waiting for the cloud ({@code schema: "palmpos.privacy.v1"}, outbox entity {@code customer},
 * kind {@code privacy.requested}): {@code { schema, customerId, scope: BIOMETRICS|PROFILE, requestedBy, requestedAt,
 * terminalId }}. The entity is the customer, so it is delivered after any earlier message about the same customer.
 */
public final class PrivacyPayload {
    public static final String SCHEMA = "palmpos.privacy.v1";
    public static final String ENTITY = "customer";
    public static final String KIND = "privacy.requested";

    private PrivacyPayload() {
    }

    public static String of(String customerId, String scope, String requestedBy, Instant at, String terminalId) {
        ObjectNode n = Json.mapper().createObjectNode().put("schema", SCHEMA).put("customerId", customerId)
                .put("scope", scope).put("requestedBy", requestedBy).put("requestedAt", at.toString())
                .put("terminalId", terminalId);
        return Json.write(n);
    }
}
