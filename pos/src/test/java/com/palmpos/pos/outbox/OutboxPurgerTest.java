package com.palmpos.pos.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxPurgerTest {
    @TempDir
    Path dir;

    private static void append(Terminal t, String entity) {
        t.db.inTransaction(tx -> {
            t.outbox.append(tx, OutboxMessage.of("order", entity, "order.completed", "{}"));
            return null;
        });
    }

    private static void deliverNext(Terminal t) {
        t.outbox.markDelivered(List.of(t.outbox.nextBatch(1).get(0).seq()));
    }

    @Test
    void purgesOnlyMessagesDeliveredBeforeTheRetentionWindow() {
        try (Terminal t = new Terminal(dir)) {
            OutboxPurger purger = new OutboxPurger(t.outbox, t.clock, Duration.ofDays(7), Duration.ofHours(1));
            append(t, "old");
            append(t, "recent");
            append(t, "pending");
            deliverNext(t);                       // "old" delivered now
            t.clock.advance(Duration.ofDays(6));
            deliverNext(t);                       // "recent" delivered six days later
            t.clock.advance(Duration.ofDays(2));  // "old" is 8 days past delivery, "recent" 2

            assertThat(purger.purgeOnce()).isEqualTo(1);
            assertThat(purger.purgeOnce()).isZero();
            assertThat(t.outbox.stats().pending()).isEqualTo(1);
            assertThat(t.outbox.nextBatch(10)).extracting(e -> e.message().entityId()).containsExactly("pending");
        }
    }

    @Test
    void keepsRejectedMessagesWhateverTheirAge() {
        try (Terminal t = new Terminal(dir)) {
            append(t, "refused");
            t.outbox.markRejected(t.outbox.nextBatch(1).get(0).seq(), "refused by the cloud");
            t.clock.advance(Duration.ofDays(365));
            assertThat(new OutboxPurger(t.outbox, t.clock, Duration.ofDays(7), Duration.ofHours(1)).purgeOnce()).isZero();
            assertThat(t.outbox.stats().rejected()).isEqualTo(1);
        }
    }

    @Test
    void purgesLargeBacklogsInChunks() {
        try (Terminal t = new Terminal(dir)) {
            t.db.inTransaction(tx -> {
                for (int i = 0; i < 6_000; i++) {
                    t.outbox.append(tx, OutboxMessage.of("order", "o" + i, "order.completed", "{}"));
                }
                return null;
            });
            t.db.inTransaction(tx -> tx.createStatement().executeUpdate(
                    "UPDATE outbox SET status = 'DELIVERED', delivered_at = created_at"));
            t.clock.advance(Duration.ofDays(8));
            assertThat(new OutboxPurger(t.outbox, t.clock, Duration.ofDays(7), Duration.ofHours(1)).purgeOnce())
                    .isEqualTo(6_000);
        }
    }

    @Test
    void runsOnItsSchedule() {
        try (Terminal t = new Terminal(dir);
             OutboxPurger purger = new OutboxPurger(t.outbox, t.clock, Duration.ofMinutes(1), Duration.ofSeconds(1))) {
            append(t, "old");
            deliverNext(t);
            t.clock.advance(Duration.ofMinutes(2));
            purger.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (rows(t) > 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(rows(t)).isZero();
        }
    }

    private static long rows(Terminal t) {
        return t.db.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM outbox")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void refusesANonsensicalConfiguration() {
        try (Terminal t = new Terminal(dir)) {
            assertThatThrownBy(() -> new OutboxPurger(t.outbox, t.clock, Duration.ofSeconds(5), Duration.ofHours(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
        }
    }
}
