package com.palmpos.cloud.internal;

/** A handler's answer: a status and a body to write as JSON. */
public record Reply(int status, Object body) {
    public static Reply ok(Object body) {
        return new Reply(200, body);
    }

    public static Reply created(Object body) {
        return new Reply(201, body);
    }
}
