package com.palmpos.sync.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.pos.outbox.OutboxMessage;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.sync.api.OrderUpload;
import java.nio.file.Path;
import java.time.Clock;

/** The terminal side for tests: its database, outbox and a way to commit orders as the pos domain will. */
public final class Terminal implements AutoCloseable {
    private static final ObjectMapper JSON = ApiJson.newMapper();

    private final Database database;
    private final OutboxStore outbox;

    public Terminal(Path dir, Clock clock) {
        this.database = Database.open(dir, null, "pos", "sync");
        this.outbox = new OutboxStore(database, clock);
    }

    public Database database() {
        return database;
    }

    public OutboxStore outbox() {
        return outbox;
    }

    /** Commits {@code order} with its outbox message, as the pos domain does when an order completes. */
    public OutboxMessage commit(OrderUpload order) {
        OutboxMessage message = OutboxMessage.of("order", order.orderId(), "order.completed", json(order));
        database.inTransaction(tx -> {
            outbox.append(tx, message);
            return null;
        });
        return message;
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
