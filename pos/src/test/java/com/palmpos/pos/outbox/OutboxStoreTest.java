package com.palmpos.pos.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxStoreTest {
    @TempDir
    Path dataDir;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T12:00:00Z"));
    private Database db;
    private OutboxStore outbox;

    @BeforeEach
    void open() {
        db = Database.open(dataDir, null, "pos");
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        outbox = new OutboxStore(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private OutboxMessage append(String entity, String kind) {
        OutboxMessage message = OutboxMessage.of("order", entity, kind, "{\"id\":\"" + entity + "\"}");
        db.inTransaction(c -> {
            outbox.append(c, message);
            return null;
        });
        return message;
    }

    @Test
    void handsOutMessagesInCommitOrder() {
        OutboxMessage a = append("o1", "order.created");
        OutboxMessage b = append("o2", "order.created");
        OutboxMessage c = append("o1", "order.paid");
        assertThat(outbox.nextBatch(10)).extracting(OutboxEntry::message).containsExactly(a, b, c);
    }

    @Test
    void aRolledBackBusinessChangeLeavesNoMessage() {
        try {
            db.inTransaction(c -> {
                outbox.append(c, OutboxMessage.of("order", "o1", "order.created", "{}"));
                throw new IllegalStateException("payment failed");
            });
        } catch (IllegalStateException expected) {
            // the business change failed as intended
        }
        assertThat(outbox.nextBatch(10)).isEmpty();
        assertThat(outbox.stats().pending()).isZero();
    }

    @Test
    void deliveredMessagesAreNotHandedOutAgain() {
        append("o1", "order.created");
        List<OutboxEntry> batch = outbox.nextBatch(10);
        outbox.markDelivered(batch.stream().map(OutboxEntry::seq).toList());
        outbox.markDelivered(batch.stream().map(OutboxEntry::seq).toList());
        assertThat(outbox.nextBatch(10)).isEmpty();
        assertThat(outbox.stats().pending()).isZero();
    }

    @Test
    void aMessageWaitingForRetryHoldsBackLaterMessagesOfTheSameEntityOnly() {
        OutboxMessage first = append("o1", "order.created");
        append("o1", "order.paid");
        OutboxMessage other = append("o2", "order.created");
        long firstSeq = outbox.nextBatch(1).get(0).seq();
        outbox.markRetry(firstSeq, "HTTP 503", now.get().plusSeconds(30));

        assertThat(outbox.nextBatch(10)).extracting(OutboxEntry::message).containsExactly(other);

        now.set(now.get().plusSeconds(31));
        List<OutboxEntry> retried = outbox.nextBatch(10);
        assertThat(retried.get(0).message()).isEqualTo(first);
        assertThat(retried.get(0).attempts()).isEqualTo(1);
        assertThat(retried.get(0).lastError()).isEqualTo("HTTP 503");
    }

    @Test
    void aRejectedMessageIsKeptCountedAndBlocksItsEntity() {
        append("o1", "payment.captured");
        append("o1", "order.completed");
        long seq = outbox.nextBatch(1).get(0).seq();
        outbox.markRejected(seq, "card declined");

        assertThat(outbox.nextBatch(10)).isEmpty();
        OutboxStats stats = outbox.stats();
        assertThat(stats.rejected()).isEqualTo(1);
        assertThat(stats.pending()).isEqualTo(1);
        assertThat(stats.lastError()).contains("card declined");
        assertThat(outbox.rejected()).extracting(e -> e.message().kind()).containsExactly("payment.captured");
    }

    @Test
    void statsReportPendingCountAndAgeOfTheOldest() {
        append("o1", "order.created");
        Instant firstAt = now.get();
        now.set(now.get().plus(Duration.ofMinutes(5)));
        append("o2", "order.created");
        OutboxStats stats = outbox.stats();
        assertThat(stats.pending()).isEqualTo(2);
        assertThat(stats.oldestPending()).contains(firstAt);
    }

    @Test
    void purgesOnlyDeliveredMessagesOlderThanTheCutoff() {
        append("o1", "order.created");
        append("o2", "order.created");
        outbox.markDelivered(List.of(outbox.nextBatch(1).get(0).seq()));
        now.set(now.get().plus(Duration.ofDays(8)));
        assertThat(outbox.purgeDelivered(now.get().minus(Duration.ofDays(7)))).isEqualTo(1);
        assertThat(outbox.stats().pending()).isEqualTo(1);
    }

    @Test
    void messagesSurviveAReopen() {
        OutboxMessage message = append("o1", "order.created");
        db.close();
        db = Database.open(dataDir, null, "pos");
        outbox = new OutboxStore(db, Clock.systemUTC());
        assertThat(outbox.nextBatch(10)).extracting(OutboxEntry::message).containsExactly(message);
    }

    @Test
    void handsOutWholeEntitiesInTheOrderOfTheirOldestMessage() {
        OutboxMessage a1 = append("o1", "order.created");
        OutboxMessage b1 = append("o2", "order.created");
        OutboxMessage a2 = append("o1", "order.paid");
        OutboxMessage c1 = append("o3", "order.created");
        OutboxMessage b2 = append("o2", "order.paid");
        OutboxMessage a3 = append("o1", "order.completed");

        assertThat(outbox.nextEntities(2, 100)).extracting(OutboxEntry::message).containsExactly(a1, b1, a2, b2, a3);
        assertThat(outbox.nextEntities(3, 100)).extracting(OutboxEntry::message)
                .containsExactly(a1, b1, a2, c1, b2, a3);
    }

    @Test
    void wholeEntitiesKeepARetryingEntityBackAndStopAnEntityAtItsFirstMessageNotDue() {
        OutboxMessage a1 = append("o1", "order.created");
        append("o2", "order.created");
        OutboxMessage a2 = append("o1", "order.paid");
        OutboxMessage c1 = append("o3", "order.created");
        List<OutboxEntry> first = outbox.nextEntities(10, 100);
        long b1 = first.get(1).seq();
        outbox.markRetry(b1, "HTTP 503", now.get().plusSeconds(30));
        outbox.markRetry(first.get(2).seq(), "HTTP 503", now.get().plusSeconds(30)); // o1's second message only

        assertThat(outbox.nextEntities(10, 100)).extracting(OutboxEntry::message).containsExactly(a1, c1);

        now.set(now.get().plusSeconds(31));
        assertThat(outbox.nextEntities(10, 100)).extracting(e -> e.message().entityId())
                .containsExactly("o1", "o2", "o1", "o3");
        assertThat(outbox.nextEntities(1, 100)).extracting(OutboxEntry::message).containsExactly(a1, a2);
    }

    @Test
    void theMessageLimitCutsBetweenEntitiesButAlwaysLetsTheFirstEntityThrough() {
        for (int i = 0; i < 5; i++) {
            append("long", "order.item_added");
        }
        append("short", "order.created");
        assertThat(outbox.nextEntities(10, 3)).hasSize(5).allMatch(e -> e.message().entityId().equals("long"));
        assertThat(outbox.nextEntities(10, 6)).hasSize(6);
    }

    @Test
    void wholeEntitiesRefuseLimitsBelowOne() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.nextEntities(0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEntities");
    }
}
