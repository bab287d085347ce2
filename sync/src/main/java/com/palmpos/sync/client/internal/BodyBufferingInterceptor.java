package com.palmpos.sync.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads each response body completely, up to a limit, while still inside the interceptor chain: a connection lost
 * half-way through a body then fails the attempt where the retry interceptor can repeat it, instead of surfacing
 * later when the caller parses. A body over the limit fails with {@link ResponseTooLargeException}, never retried.
 */
public final class BodyBufferingInterceptor implements Interceptor {
    private final long maxBytes;

    /** A response body larger than the client accepts. */
    public static final class ResponseTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        ResponseTooLargeException(String message) {
            super(message);
        }
    }

    public BodyBufferingInterceptor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (body == null) {
            return response;
        }
        byte[] bytes;
        MediaType type = body.contentType();
        try (body) {
            if (body.contentLength() > maxBytes) {
                throw tooLarge(body.contentLength());
            }
            BufferedSource source = body.source();
            if (source.request(maxBytes + 1)) {
                throw tooLarge(-1);
            }
            bytes = source.getBuffer().readByteArray();
        }
        return response.newBuilder().body(ResponseBody.create(bytes, type)).build();
    }

    private ResponseTooLargeException tooLarge(long length) {
        return new ResponseTooLargeException("the response is larger than " + maxBytes + " bytes"
                + (length > 0 ? " (" + length + ")" : "") + ": refused to protect memory; raise maxResponseBytes only if"
                + " the cloud really sends that much");
    }
}
