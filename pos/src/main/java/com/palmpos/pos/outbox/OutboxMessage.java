package com.palmpos.pos.outbox;

import java.util.Objects;
import java.util.UUID;

/**
 * A change to send to the cloud, as the business code writes it.
 *
 * @param messageId   unique id; the sync client sends it as the idempotency key, so retries never duplicate
 * @param entityType  e.g. {@code order}, {@code payment}, {@code enrollment}; delivery is ordered per entity
 * @param entityId    the entity's id
 * @param kind        what happened, e.g. {@code order.completed}
 * @param payloadJson the change as JSON, in the cloud contract's shape
 */
public record OutboxMessage(UUID messageId, String entityType, String entityId, String kind, String payloadJson) {
    public OutboxMessage {
        Objects.requireNonNull(messageId, "messageId");
        requireText(entityType, "entityType", 40);
        requireText(entityId, "entityId", 80);
        requireText(kind, "kind", 60);
        Objects.requireNonNull(payloadJson, "payloadJson");
    }

    /** A message with a fresh random id. */
    public static OutboxMessage of(String entityType, String entityId, String kind, String payloadJson) {
        return new OutboxMessage(UUID.randomUUID(), entityType, entityId, kind, payloadJson);
    }

    private static void requireText(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1.." + max + " characters, was: " + value);
        }
    }
}
