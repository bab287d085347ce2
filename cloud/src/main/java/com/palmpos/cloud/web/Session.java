package com.palmpos.cloud.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One browser session as a request sees it: its hashed id, CSRF token, the signed-in customer (if any) and a few
 * small values (the sign-up draft, a pending sign-in code's hash). Mutable, confined to one request.
 */
final class Session {
    private String idHash;
    private final String csrf;
    private String customerId;
    private final Map<String, String> data;
    private final Instant createdAt;
    /** Set when the request's cookie named a session that had expired (the page says so). */
    private final boolean expired;

    Session(String idHash, String csrf, String customerId, Map<String, String> data, Instant createdAt, boolean expired) {
        this.idHash = idHash;
        this.csrf = csrf;
        this.customerId = customerId;
        this.data = new HashMap<>(data);
        this.createdAt = createdAt;
        this.expired = expired;
    }

    String idHash() {
        return idHash;
    }

    void idHash(String newHash) {
        this.idHash = newHash;
    }

    /** A short, non-secret reference for the audit log. */
    String ref() {
        return idHash.substring(0, 12);
    }

    String csrf() {
        return csrf;
    }

    String customerId() {
        return customerId;
    }

    void customerId(String id) {
        this.customerId = id;
    }

    Map<String, String> data() {
        return data;
    }

    String get(String key) {
        return data.get(key);
    }

    void put(String key, String value) {
        if (value == null) {
            data.remove(key);
        } else {
            data.put(key, value);
        }
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean expired() {
        return expired;
    }
}
