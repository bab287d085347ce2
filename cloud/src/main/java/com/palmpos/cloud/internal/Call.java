package com.palmpos.cloud.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** One parsed request as a handler sees it. */
public record Call(Caller caller, Map<String, String> path, Map<String, String> query, byte[] body,
                   ObjectMapper json, Instant now, String remote) {

    /** The body as {@code type}; a 400 problem naming the defect if it is not valid JSON of that shape. */
    public <T> T body(Class<T> type) {
        if (body.length == 0) {
            throw ApiError.badRequest("a JSON body is required");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw ApiError.badRequest("the JSON body must be an object, not null");
            }
            StrictInput.check(value);
            return value;
        } catch (JacksonException e) {
            throw StrictInput.refusal(e, type);
        } catch (IOException e) {
            throw ApiError.badRequest("the body cannot be read");
        }
    }

    /** A query parameter as an int within bounds, or the default when absent. */
    public int intQuery(String name, int defaultValue, int min, int max) {
        String raw = query.get(name);
        if (raw == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw ApiError.badRequest(name + " must be " + min + ".." + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be an integer, was " + raw);
        }
    }

    /** An opaque cursor {@code <prefix><number>} from the query, or 0 when absent. */
    public long cursor(String prefix) {
        String raw = query.get("cursor");
        if (raw == null || raw.isEmpty()) {
            return 0;
        }
        try {
            if (raw.startsWith(prefix)) {
                return Long.parseLong(raw.substring(prefix.length()));
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as a wrong prefix
        }
        throw ApiError.badRequest("cursor " + raw + " was not issued by this API: pass nextCursor from the previous page,"
                + " or no cursor to start over");
    }
}
