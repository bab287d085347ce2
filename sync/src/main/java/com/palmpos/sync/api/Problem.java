package com.palmpos.sync.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document ({@code application/problem+json}), the one error format of the API.
 *
 * @param type     a URI naming the problem kind, e.g. {@code https://palmpos.example/problems/idempotency-key-reused}
 * @param title    a short, stable summary of the kind
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request and what to do
 * @param instance the request path
 * @param code     a machine-readable code (extension member), e.g. {@code card_declined}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code) {
    /** The base of every problem type URI. */
    public static final String TYPE_BASE = "https://palmpos.example/problems/";

    /** A problem whose type URI is derived from {@code code}. */
    public static Problem of(int status, String code, String title, String detail, String instance) {
        return new Problem(TYPE_BASE + code, title, status, detail, instance, code);
    }
}
