package com.palmpos.sync.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.pos.outbox.OutboxEntry;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.sync.api.OrderBatch;
import com.palmpos.sync.api.OrderBatchResult;
import com.palmpos.sync.api.OrderResult;
import com.palmpos.sync.api.OrderUpload;
import com.palmpos.sync.client.Backoff;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sends due outbox messages, one round at a time. A round takes whole entities, not a count of messages: every due
 * message of up to the batch size of orders (and of payments and customers), so a round of 250 orders uploads 250
 * orders however many snapshots each left. The due messages of each entity go to the handler its message kind is
 * routed to (a map from {@code entity/kind}, see {@link #routes}):
 * <ul>
 * <li>Entity {@value #ORDER}: pos snapshots ({@code palmpos.order.v1}, any {@code order.*} kind) are coalesced per
 * order: of the due messages of one order only the newest snapshot is translated ({@link OrderSnapshot}) and uploaded;
 * the older ones are marked delivered with it. In-progress orders are never uploaded: their messages are marked
 * delivered locally, without a network call. Final states go up in batches, keyed by the message ids they cover.
 * A ready-made {@link OrderUpload} payload ({@code order.completed} without schema) is sent as it is, one per order
 * and round.</li>
 * <li>Entity {@value PaymentForwarder#ENTITY}: offline card payments go to the {@link PaymentForwarder}.</li>
 * <li>Kind {@value PrivacyForwarder#KIND}: erasure requests go to the {@link PrivacyForwarder}.</li>
 * <li>Entity {@code customer}: enrollments, consent changes and loyalty links go to the {@link CustomerForwarder}.</li>
 * <li>Anything else is parked with a long retry and a clear error, so a newer version can still send it.</li>
 * </ul>
 * Not thread-safe: used by the worker's thread only.
 */
final class OrderUploader {
    static final String ORDER = "order";
    static final String ORDER_COMPLETED = "order.completed";
    /** JSON bytes per upload call at most (the emulator takes 16 MiB); a larger round goes in several calls. */
    static final long MAX_UPLOAD_BYTES = 4L * 1024 * 1024;
    /** Messages read per round at most: whole orders of up to the batch size, bounded for a pathological outbox. */
    static final int MAX_MESSAGES = 20_000;
    /** A route for every kind of an entity that has no route of its own. */
    private static final String ANY_KIND = "*";

    private final OutboxStore outbox;
    private final CloudClient client;
    private final Clock clock;
    private final Backoff backoff;
    /**
     * The dispatch: message kind ({@code entity/kind}) to the handler that sends it; {@code entity/*} takes every
     * kind of an entity not named on its own. A kind without a handler is parked.
     */
    private final Map<String, Handler> routes = new HashMap<>();
    private final ObjectMapper json = ApiJson.newMapper();
    /** This round's order uploads, filled by the order handler and sent at the end of the round. */
    private List<Parsed> batch = new ArrayList<>();

    /** Sends (or settles) the due messages of one entity, in commit order; returns what it settled. */
    @FunctionalInterface
    interface Handler {
        RoundResult send(List<OutboxEntry> entityMessages);

        /** A handler that sends one message per entity and round, so a later message never overtakes it. */
        static Handler oneAtATime(Function<OutboxEntry, RoundResult> forwarder) {
            return messages -> forwarder.apply(messages.get(0));
        }
    }

    /**
     * @param payments  forwards offline payments; {@code null} parks them (a worker without the pos services)
     * @param customers sends enrollments, consent changes and loyalty links; {@code null} parks them
     */
    OrderUploader(OutboxStore outbox, CloudClient client, Clock clock, Backoff backoff, PaymentForwarder payments,
                  CustomerForwarder customers) {
        this.outbox = outbox;
        this.client = client;
        this.clock = clock;
        this.backoff = backoff;
        route(ORDER, ANY_KIND, entries -> order(entries, batch));
        if (payments != null) {
            route(PaymentForwarder.ENTITY, PaymentForwarder.OFFLINE_STORED, Handler.oneAtATime(payments::forward));
        }
        // one per customer and round, in commit order; named on its own, so it wins over the customer handler
        route(PrivacyForwarder.ENTITY, PrivacyForwarder.KIND,
                Handler.oneAtATime(new PrivacyForwarder(outbox, client, clock, backoff)::forward));
        if (customers != null) {
            // one message per customer and round, like payments: enrolled before a later withdrawal or link
            route(CustomerForwarder.ENTITY, ANY_KIND, Handler.oneAtATime(customers::forward));
        }
    }

    private void route(String entity, String kind, Handler handler) {
        routes.put(entity + '/' + kind, handler);
    }

    private Handler handlerOf(OutboxEntry first) {
        String entity = first.message().entityType();
        Handler exact = routes.get(entity + '/' + first.message().kind());
        return exact != null ? exact : routes.get(entity + '/' + ANY_KIND);
    }

    /** One upload: the order and every message it stands for (the newest last). */
    private record Parsed(List<OutboxEntry> entries, OrderUpload order) {
        OutboxEntry newest() {
            return entries.get(entries.size() - 1);
        }
    }

    /**
     * One round: every due message of up to {@code batchSize} entities (whole orders, see
     * {@link OutboxStore#nextEntities}), the orders uploaded in calls of at most {@code batchSize} orders and
     * {@value #MAX_UPLOAD_BYTES} bytes of JSON.
     */
    RoundResult sendDue(int batchSize) {
        List<OutboxEntry> due = outbox.nextEntities(batchSize, MAX_MESSAGES);
        if (due.isEmpty()) {
            return RoundResult.idle();
        }
        Map<String, List<OutboxEntry>> byEntity = new LinkedHashMap<>();
        for (OutboxEntry entry : due) {
            byEntity.computeIfAbsent(entry.message().entityType() + '/' + entry.message().entityId(),
                    k -> new ArrayList<>()).add(entry);
        }
        batch = new ArrayList<>();
        RoundResult side = RoundResult.idle();
        for (List<OutboxEntry> entries : byEntity.values()) {
            OutboxEntry first = entries.get(0);
            Handler handler = handlerOf(first);
            if (handler != null) {
                side = plus(side, handler.send(entries));
            } else {
                outbox.markRetry(first.seq(), "this terminal version cannot send " + first.message().entityType() + "/"
                        + first.message().kind() + " messages: update PalmPOS", clock.instant().plus(backoff.ceiling(99)));
            }
        }
        if (batch.isEmpty()) {
            return side;
        }
        return plus(side, uploadInParts(batch));
    }

    // a batch larger than MAX_UPLOAD_BYTES goes in several calls, in order; after a failed call the rest waits
    private RoundResult uploadInParts(List<Parsed> batch) {
        List<List<Parsed>> parts = new ArrayList<>();
        List<Parsed> part = new ArrayList<>();
        long bytes = 0;
        for (Parsed parsed : batch) {
            long size = jsonBytes(parsed.order());
            if (!part.isEmpty() && bytes + size > MAX_UPLOAD_BYTES) {
                parts.add(part);
                part = new ArrayList<>();
                bytes = 0;
            }
            part.add(parsed);
            bytes += size;
        }
        parts.add(part);
        RoundResult total = RoundResult.idle();
        for (int i = 0; i < parts.size(); i++) {
            RoundResult result = upload(parts.get(i));
            total = plus(total, result);
            if (result.settled() == 0 && result.error() != null) {
                for (List<Parsed> rest : parts.subList(i + 1, parts.size())) {
                    retryLater(rest, result.error());
                }
                break;
            }
        }
        return total;
    }

    private long jsonBytes(OrderUpload order) {
        try {
            return json.writeValueAsBytes(order).length + 1L;
        } catch (IOException e) {
            return MAX_UPLOAD_BYTES; // the upload itself will report it
        }
    }

    private static RoundResult plus(RoundResult a, RoundResult b) {
        return new RoundResult(a.settled() + b.settled(), a.contacted() || b.contacted(),
                b.error() != null ? b.error() : a.error());
    }

    /** Adds the upload of one order's due messages to {@code batch}, or settles them locally; returns what it settled. */
    private RoundResult order(List<OutboxEntry> entries, List<Parsed> batch) {
        OutboxEntry newest = entries.get(entries.size() - 1);
        String orderId = newest.message().entityId();
        try {
            JsonNode root = json.readTree(newest.message().payloadJson());
            if (!OrderSnapshot.isSnapshot(root)) {
                batch.add(new Parsed(List.of(entries.get(0)),
                        json.readValue(entries.get(0).message().payloadJson(), OrderUpload.class)));
                return RoundResult.idle();
            }
            Optional<OrderUpload> upload = OrderSnapshot.toUpload(root);
            if (upload.isEmpty()) {
                outbox.markDelivered(entries.stream().map(OutboxEntry::seq).toList()); // in progress: superseded locally
                return new RoundResult(entries.size(), false, null);
            }
            batch.add(new Parsed(entries, upload.get()));
            return RoundResult.idle();
        } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
            String error = "order " + orderId + " has an unreadable payload (" + e.getMessage()
                    + "): it cannot be sent; export it from the manager screen";
            outbox.markRejected(newest.seq(), error);
            return new RoundResult(1, false, error);
        }
    }

    private RoundResult upload(List<Parsed> batch) {
        OrderBatchResult result;
        try {
            result = client.uploadOrders(new OrderBatch(batch.stream().map(Parsed::order).toList()), key(batch));
        } catch (CloudException e) {
            if (e.kind() == CloudException.Kind.REJECTED && batch.size() > 1) {
                return oneByOne(batch);
            }
            if (e.kind() == CloudException.Kind.REJECTED) {
                reject(batch.get(0), e.getMessage());
                return new RoundResult(batch.get(0).entries().size(), true, e.getMessage());
            }
            retryLater(batch, e);
            return RoundResult.failure(!OutboxWorker.meansOffline(e), e.getMessage());
        }
        if (result.results().size() != batch.size()) {
            CloudException e = new CloudException(CloudException.Kind.PROTOCOL, 200, null, null, "the cloud answered "
                    + result.results().size() + " results for " + batch.size() + " orders; retrying", null);
            retryLater(batch, e);
            return RoundResult.failure(true, e.getMessage());
        }
        List<Long> delivered = new ArrayList<>();
        int settled = 0;
        String error = null;
        for (int i = 0; i < batch.size(); i++) {
            OrderResult r = result.results().get(i);
            Parsed sent = batch.get(i);
            if (!sent.order().orderId().equals(r.orderId())) {
                for (OutboxEntry entry : sent.entries()) {
                    outbox.markRetry(entry.seq(), "the cloud answered for order " + r.orderId() + " instead of "
                            + sent.order().orderId(), retryAt(entry, null));
                }
                continue;
            }
            settled += sent.entries().size();
            if (r.delivered()) {
                sent.entries().forEach(entry -> delivered.add(entry.seq()));
            } else {
                error = "order " + r.orderId() + " refused by the cloud: "
                        + (r.problem() == null ? "no reason given" : r.problem().detail());
                reject(sent, error);
            }
        }
        outbox.markDelivered(delivered);
        return new RoundResult(settled, true, error);
    }

    private RoundResult oneByOne(List<Parsed> batch) {
        int settled = 0;
        RoundResult last = RoundResult.idle();
        for (Parsed parsed : batch) {
            last = upload(List.of(parsed));
            settled += last.settled();
            if (last.settled() == 0) {
                break; // the link failed: the rest waits for the next round
            }
        }
        return new RoundResult(settled, last.contacted(), last.error());
    }

    private void retryLater(List<Parsed> batch, CloudException e) {
        for (Parsed parsed : batch) {
            for (OutboxEntry entry : parsed.entries()) {
                outbox.markRetry(entry.seq(), e.getMessage(), retryAt(entry, e.retryAfter().orElse(null)));
            }
        }
    }

    private void retryLater(List<Parsed> batch, String error) {
        for (Parsed parsed : batch) {
            for (OutboxEntry entry : parsed.entries()) {
                outbox.markRetry(entry.seq(), error == null ? "an earlier upload of the round failed" : error,
                        retryAt(entry, null));
            }
        }
    }

    // the refused snapshot and the older ones it stands for stay together for the manager
    private void reject(Parsed parsed, String error) {
        for (OutboxEntry entry : parsed.entries()) {
            outbox.markRejected(entry.seq(), error);
        }
    }

    private java.time.Instant retryAt(OutboxEntry entry, Duration retryAfter) {
        Duration wait = backoff.delay(entry.attempts() + 1);
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return clock.instant().plus(wait);
    }

    /**
     * The idempotency key of one upload: the message id for a single message; otherwise a name-based UUID of all the
     * message ids it covers (coalesced messages of an order, several orders), so the same set retried carries the same
     * key (and a different set a different one).
     */
    static String key(List<Parsed> batch) {
        if (batch.size() == 1 && batch.get(0).entries().size() == 1) {
            return batch.get(0).newest().message().messageId().toString();
        }
        StringBuilder ids = new StringBuilder("orders:");
        for (Parsed parsed : batch) {
            for (OutboxEntry entry : parsed.entries()) {
                ids.append(entry.message().messageId()).append(',');
            }
        }
        return UUID.nameUUIDFromBytes(ids.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
