package com.palmpos.cloud.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The server's strict reading of request bodies: JSON types exact (no {@code "500"} for a number, no {@code 1.5}
 * for an integer, no number for a string), then every field's length and range checked. A refusal is a 422 problem
 * naming the field and the rule, never echoing the value (it may be personal data or an attack). Thread-safe.
 */
public final class StrictInput {
    /** Longest text of a field, by field name (the column sizes of the store); others get {@link #DEFAULT_TEXT}. */
    private static final Map<String, Integer> TEXT_LIMITS = Map.ofEntries(
            Map.entry("activationCode", 40), Map.entry("terminalName", 80), Map.entry("orderId", 80),
            Map.entry("storeId", 40), Map.entry("terminalId", 40), Map.entry("customerId", 40),
            Map.entry("paymentId", 40), Map.entry("displayName", 120), Map.entry("email", 200),
            Map.entry("phone", 40), Map.entry("loyaltyNumber", 40), Map.entry("cardToken", 60),
            Map.entry("pan", 19), Map.entry("policyVersion", 40), Map.entry("channel", 40),
            Map.entry("decision", 20), Map.entry("scope", 12), Map.entry("status", 20), Map.entry("type", 20),
            Map.entry("brand", 20), Map.entry("last4", 4), Map.entry("sku", 80), Map.entry("name", 120));
    private static final int DEFAULT_TEXT = 1000;
    /** Money in minor units: at most a billion currency units either way (Long.MAX is not an amount). */
    static final long MAX_MINOR = 100_000_000_000L;
    private static final long MAX_COUNT = 1_000_000L;
    private static final int MAX_LIST = 500;
    private static final int MAX_TEMPLATE_BYTES = 64 * 1024;

    private StrictInput() {
    }

    /** A mapper that refuses loose types; writes the same JSON as the client's {@code ApiJson}. */
    public static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** The refusal of a body Jackson could not read: where and what kind, never the value. */
    static ApiError refusal(Exception e, Class<?> type) {
        if (e instanceof JsonParseException parse) {
            return ApiError.badRequest("the body is not valid JSON (line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ")");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            if (String.valueOf(mapping.getOriginalMessage()).startsWith("Cannot map `null`")) {
                return invalid(path(mapping), "is required");
            }
            return invalid(path(mapping), "has the wrong JSON type for " + type.getSimpleName()
                    + " (numbers as numbers, integers without a fraction, text as strings)");
        }
        return ApiError.badRequest("the body is not a valid " + type.getSimpleName());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    /** Checks every field of {@code value} (records, lists, text, numbers) against the limits. */
    static void check(Object value) {
        check("", value);
    }

    private static void check(String path, Object value) {
        if (value == null) {
            return;
        }
        Class<?> type = value.getClass();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Object field;
                try {
                    field = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component.getName(), e);
                }
                String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
                checkField(name, component.getName(), field);
            }
        }
    }

    private static void checkField(String path, String name, Object field) {
        if (field instanceof String text) {
            int max = TEXT_LIMITS.getOrDefault(name, DEFAULT_TEXT);
            if (text.length() > max) {
                throw invalid(path, "must be at most " + max + " characters");
            }
            if (name.equals("currency") && !text.matches("[A-Z]{3}")) {
                throw invalid(path, "must be an ISO 4217 code of three capital letters");
            }
        } else if (field instanceof Long || field instanceof Integer) {
            long number = ((Number) field).longValue();
            long max = name.endsWith("Minor") ? MAX_MINOR : MAX_COUNT;
            if (Math.abs(number) > max) {
                throw invalid(path, "must be between -" + max + " and " + max);
            }
        } else if (field instanceof byte[] bytes) {
            if (bytes.length > MAX_TEMPLATE_BYTES) {
                throw invalid(path, "must be at most " + MAX_TEMPLATE_BYTES + " bytes");
            }
        } else if (field instanceof Collection<?> list) {
            if (list.size() > MAX_LIST) {
                throw invalid(path, "must have at most " + MAX_LIST + " entries");
            }
            int i = 0;
            for (Object element : list) {
                checkField(path + "[" + i++ + "]", name, element);
            }
        } else if (field != null && field.getClass().isRecord()) {
            check(path, field);
        }
    }

    static ApiError invalid(String field, String rule) {
        return new ApiError(422, "invalid-field", "A field is invalid", field + " " + rule);
    }
}
