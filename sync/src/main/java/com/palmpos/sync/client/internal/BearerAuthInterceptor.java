package com.palmpos.sync.client.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds {@code Authorization: Bearer} with the terminal's current token, when it has one (not before registering). */
public final class BearerAuthInterceptor implements Interceptor {
    private final Supplier<Optional<String>> token;

    public BearerAuthInterceptor(Supplier<Optional<String>> token) {
        this.token = token;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Optional<String> current = token.get();
        if (current.isEmpty() || request.header("Authorization") != null) {
            return chain.proceed(request);
        }
        return chain.proceed(request.newBuilder().header("Authorization", "Bearer " + current.get()).build());
    }
}
