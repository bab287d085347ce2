package com.palmpos.sync.client.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.sync.api.Problem;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.client.CloudException.Kind;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Treats a response as untrusted input: checks status, content type and size before parsing, and turns every defect
 * into a {@link CloudException} that names the call and what was wrong. Thread-safe.
 */
public final class ResponseReader {
    private final ObjectMapper json;
    private final long maxBytes;
    private final Clock clock;

    public ResponseReader(ObjectMapper json, long maxBytes, Clock clock) {
        this.json = json;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The body of a 2xx response as {@code type}; otherwise a {@link CloudException}. Closes the response. */
    public <T> T read(Response response, Class<T> type, String call) {
        try (response) {
            int status = response.code();
            byte[] body = boundedBody(response, call);
            if (status < 200 || status > 299) {
                throw failure(response, status, body, call);
            }
            String contentType = mediaType(response);
            if (!contentType.equals("application/json")) {
                throw protocol(status, call + " answered " + status + " with content type '" + contentType
                        + "' instead of application/json: is a proxy or captive portal in the way?", null);
            }
            try {
                T value = json.readValue(body, type);
                if (value == null) {
                    throw protocol(status, call + " answered JSON null instead of a " + type.getSimpleName(), null);
                }
                return value;
            } catch (JacksonException e) {
                throw protocol(status, call + " answered malformed JSON for " + type.getSimpleName() + ": "
                        + e.getOriginalMessage(), e);
            }
        } catch (IOException e) {
            throw new CloudException(Kind.UNAVAILABLE, response.code(), null, null,
                    call + ": the connection broke while reading the response (" + e.getMessage() + "); retry", e);
        }
    }

    private CloudException failure(Response response, int status, byte[] body, String call) {
        Problem problem = null;
        String contentType = mediaType(response);
        if (contentType.equals("application/problem+json") || contentType.equals("application/json")) {
            try {
                problem = json.readValue(body, Problem.class);
            } catch (IOException e) {
                problem = null; // an unreadable error body still leaves the status to go by
            }
        }
        Kind kind = status == 401 || status == 403 ? Kind.UNAUTHORIZED
                : status == 408 || status == 429 || status >= 500 ? Kind.UNAVAILABLE
                : status >= 400 ? Kind.REJECTED : Kind.PROTOCOL;
        Duration retryAfter = RetryAfter.parse(response, clock).orElse(null);
        String detail = problem != null && problem.detail() != null ? problem.detail()
                : problem != null && problem.title() != null ? problem.title() : "no problem details";
        return new CloudException(kind, status, problem, retryAfter, call + " failed with HTTP " + status + ": " + detail, null);
    }

    private byte[] boundedBody(Response response, String call) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return new byte[0];
        }
        if (body.contentLength() > maxBytes) {
            throw tooLarge(response.code(), call, body.contentLength());
        }
        BufferedSource source = body.source();
        if (source.request(maxBytes + 1)) {
            throw tooLarge(response.code(), call, -1);
        }
        return source.getBuffer().readByteArray();
    }

    private CloudException tooLarge(int status, String call, long length) {
        return protocol(status, call + " answered more than " + maxBytes + " bytes" + (length > 0 ? " (" + length + ")" : "")
                + ": refused to protect memory; raise maxResponseBytes only if the cloud really sends that much", null);
    }

    private static CloudException protocol(int status, String message, Throwable cause) {
        return new CloudException(Kind.PROTOCOL, status, null, null, message, cause);
    }

    private static String mediaType(Response response) {
        String header = response.header("Content-Type");
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
