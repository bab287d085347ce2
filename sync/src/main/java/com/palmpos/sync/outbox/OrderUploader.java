package com.palmpos.sync.outbox;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Sends due outbox messages. Messages of entity type {@value #ORDER} (kind {@value #ORDER_COMPLETED}, payload an
 * {@link OrderUpload}) go up in batches; messages of a type this version cannot send are parked with a long retry
 * and a clear error, so a newer version can still send them. Not thread-safe: used by the worker's thread only.
 */
final class OrderUploader {
    static final String ORDER = "order";
    static final String ORDER_COMPLETED = "order.completed";

    private final OutboxStore outbox;
    private final CloudClient client;
    private final Clock clock;
    private final Backoff backoff;
    private final ObjectMapper json = ApiJson.newMapper();

    OrderUploader(OutboxStore outbox, CloudClient client, Clock clock, Backoff backoff) {
        this.outbox = outbox;
        this.client = client;
        this.clock = clock;
        this.backoff = backoff;
    }

    private record Parsed(OutboxEntry entry, OrderUpload order) {
    }

    RoundResult sendDue(int batchSize) {
        List<OutboxEntry> due = outbox.nextBatch(batchSize);
        if (due.isEmpty()) {
            return RoundResult.idle();
        }
        List<Parsed> batch = new ArrayList<>();
        Set<String> entities = new HashSet<>();
        int settled = 0;
        for (OutboxEntry entry : due) {
            // one message per entity per call: a later change of an entity never races its predecessor
            if (!entities.add(entry.message().entityType() + '/' + entry.message().entityId())) {
                continue;
            }
            if (!ORDER.equals(entry.message().entityType()) || !ORDER_COMPLETED.equals(entry.message().kind())) {
                outbox.markRetry(entry.seq(), "this terminal version cannot send " + entry.message().entityType() + "/"
                        + entry.message().kind() + " messages: update PalmPOS", clock.instant().plus(backoff.ceiling(99)));
                continue;
            }
            try {
                batch.add(new Parsed(entry, json.readValue(entry.message().payloadJson(), OrderUpload.class)));
            } catch (IOException e) {
                outbox.markRejected(entry.seq(), "order " + entry.message().entityId() + " has an unreadable payload ("
                        + e.getMessage() + "): it cannot be sent; export it from the manager screen");
                settled++;
            }
        }
        if (batch.isEmpty()) {
            return new RoundResult(settled, false, null);
        }
        RoundResult sent = upload(batch);
        return new RoundResult(settled + sent.settled(), sent.contacted(), sent.error());
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
                outbox.markRejected(batch.get(0).entry().seq(), e.getMessage());
                return new RoundResult(1, true, e.getMessage());
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
        String error = null;
        for (int i = 0; i < batch.size(); i++) {
            OrderResult r = result.results().get(i);
            Parsed sent = batch.get(i);
            if (!sent.order().orderId().equals(r.orderId())) {
                outbox.markRetry(sent.entry().seq(), "the cloud answered for order " + r.orderId() + " instead of "
                        + sent.order().orderId(), retryAt(sent.entry(), null));
            } else if (r.delivered()) {
                delivered.add(sent.entry().seq());
            } else {
                error = "order " + r.orderId() + " refused by the cloud: "
                        + (r.problem() == null ? "no reason given" : r.problem().detail());
                outbox.markRejected(sent.entry().seq(), error);
            }
        }
        outbox.markDelivered(delivered);
        return new RoundResult(batch.size(), true, error);
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
            outbox.markRetry(parsed.entry().seq(), e.getMessage(), retryAt(parsed.entry(), e.retryAfter().orElse(null)));
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
     * The idempotency key of one upload: the message id for a single order; for a batch a name-based UUID of its
     * message ids, so the same batch retried carries the same key (and a different batch a different one).
     */
    static String key(List<Parsed> batch) {
        if (batch.size() == 1) {
            return batch.get(0).entry().message().messageId().toString();
        }
        StringBuilder ids = new StringBuilder("orders:");
        for (Parsed parsed : batch) {
            ids.append(parsed.entry().message().messageId()).append(',');
        }
        return UUID.nameUUIDFromBytes(ids.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
