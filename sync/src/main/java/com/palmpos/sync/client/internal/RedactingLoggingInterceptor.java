package com.palmpos.sync.client.internal;

import java.io.IOException;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs one line per attempt: method, path, status, duration, idempotency key. Never headers (the bearer token),
 * never bodies (card numbers, palm templates), never the query string.
 */
public final class RedactingLoggingInterceptor implements Interceptor {
    private final Consumer<String> sink;

    public RedactingLoggingInterceptor(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String key = request.header(IdempotencyKeyInterceptor.HEADER);
        String what = request.method() + " " + request.url().encodedPath() + (key == null ? "" : " key=" + key);
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            sink.accept(what + " -> " + response.code() + " in " + millis(start) + " ms");
            return response;
        } catch (IOException e) {
            sink.accept(what + " failed after " + millis(start) + " ms: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
