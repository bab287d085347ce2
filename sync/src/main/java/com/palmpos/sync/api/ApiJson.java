package com.palmpos.sync.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** How the API's JSON is read and written, shared by the client and the emulator so both agree byte for byte. */
public final class ApiJson {
    /** Media type of every JSON body. */
    public static final String JSON = "application/json";
    /** Media type of error bodies (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private ApiJson() {
    }

    /**
     * A new mapper: ISO-8601 instants, unknown properties ignored (a newer cloud may add fields), byte arrays as
     * base64. Mappers are thread-safe once configured; create one per component, not per call.
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}
