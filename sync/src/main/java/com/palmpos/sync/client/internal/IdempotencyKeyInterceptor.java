package com.palmpos.sync.client.internal;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Gives every mutating request an {@code Idempotency-Key}: the caller's key (tag {@link Key}) when it has a stable
 * one (an outbox message id, a payment attempt id), else a fresh UUID. Runs before the retry interceptor, so every
 * retry of one call carries the same key.
 */
public final class IdempotencyKeyInterceptor implements Interceptor {
    public static final String HEADER = "Idempotency-Key";

    /** The caller's key for one logical operation, attached as a request tag. */
    public record Key(String value) {
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if ("GET".equals(request.method()) || "HEAD".equals(request.method()) || request.header(HEADER) != null) {
            return chain.proceed(request);
        }
        Key tagged = request.tag(Key.class);
        String key = tagged != null ? tagged.value() : UUID.randomUUID().toString();
        return chain.proceed(request.newBuilder().header(HEADER, key).build());
    }
}
