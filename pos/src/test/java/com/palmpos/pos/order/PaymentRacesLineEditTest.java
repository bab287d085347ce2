package com.palmpos.pos.order;

import static com.palmpos.pos.Terminal.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.palmpos.pos.Refused;
import com.palmpos.pos.Terminal;
import com.palmpos.pos.internal.Json;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.outbox.OutboxEntry;
import com.palmpos.pos.payment.PaymentOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment and a line edit racing on one order, on a real H2 file with real threads released together by a latch,
 * many times over: both succeed, or one is refused with a sentence for the cashier (never another exception), and
 * the outbox holds exactly one snapshot per saved revision, the newest matching the stored order.
 */
class PaymentRacesLineEditTest {
    private static final int ROUNDS = 40;

    @TempDir
    Path dir;
    Terminal t;
    ExecutorService threads;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        t.close();
    }

    @Test
    void aFullCashPaymentAndAnAddedLineEitherBothLandOrTheLateEditIsRefusedWithASentence() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = orderWithACroissant();
            Race race = race(() -> t.payments.payCash(id, usd("100.00"), usd("0")),
                    () -> t.orders.addItem(id, LineRequest.of("croissant", null)));

            assertThat(race.first).as("the payment is never refused: cash covers any total here").isNull();
            Order stored = t.orders.find(id).orElseThrow();
            assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
            assertThat(stored.balanceDue().isZero()).isTrue();
            if (race.second == null) {
                assertThat(stored.lines()).hasSize(2); // the edit went first and the payment paid the new total
            } else {
                assertThat(race.second).isInstanceOf(IllegalOrderStateException.class)
                        .hasMessageContaining("it is PAID");
                assertThat(stored.lines()).hasSize(1);
            }
            assertOneSnapshotPerRevision(stored);
        }
    }

    @Test
    void aPartPaymentAndAQuantityChangeBothLandWhicheverGoesFirst() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = orderWithACroissant();
            String lineId = t.orders.find(id).orElseThrow().lines().get(0).lineId();
            Race race = race(() -> t.payments.payCash(id, usd("1.00"), usd("0")),
                    () -> t.orders.changeQuantity(id, lineId, 2));

            assertThat(race.first).isNull();
            assertThat(race.second).isNull();
            Order stored = t.orders.find(id).orElseThrow();
            assertThat(stored.lines().get(0).quantity()).isEqualTo(2);
            assertThat(stored.paid()).isEqualTo(usd("1.00"));
            assertThat(stored.tenders()).hasSize(1);
            assertThat(stored.balanceDue()).isEqualTo(stored.totals().total().minus(usd("1.00")));
            assertOneSnapshotPerRevision(stored);
        }
    }

    /**
     * The edit comes through a second ledger (its own lock stripes, like a second process writer would have), so the
     * two changes really meet at the revision check: the loser re-reads and re-applies, or is refused with "reload it
     * and try again" after {@value OrderLedger#CONFLICT_ATTEMPTS} lost checks.
     */
    @Test
    void aSecondWriterLosingTheRevisionCheckRetriesOrIsRefusedWithASentence() throws Exception {
        OrderLedger second = new OrderLedger(t.db, t.outbox, t.clock, new LoyaltyPosting(t.settings.loyalty()));
        OrderService otherScreen = new OrderService(second, t.settings, t.menus);
        for (int round = 0; round < ROUNDS; round++) {
            String id = orderWithACroissant();
            String lineId = t.orders.find(id).orElseThrow().lines().get(0).lineId();
            Race race = race(() -> t.payments.payCash(id, usd("1.00"), usd("0")),
                    () -> otherScreen.changeNote(id, lineId, "round " + id));

            Order stored = t.orders.find(id).orElseThrow();
            assertThat(stored.tenders()).hasSize(race.first == null ? 1 : 0);
            assertThat(stored.lines().get(0).note()).isEqualTo(race.second == null ? "round " + id : "");
            assertOneSnapshotPerRevision(stored);
        }
    }

    private String orderWithACroissant() {
        Order o = t.orders.open(ServiceMode.TAKEOUT, "", "cashier-1");
        return t.orders.addItem(o.id(), LineRequest.of("croissant", null)).id();
    }

    /** What each side ended with: null when it succeeded, else the refusal it was given. */
    private record Race(RuntimeException first, RuntimeException second) {
    }

    private Race race(Callable<?> first, Callable<?> second) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<RuntimeException> a = threads.submit(() -> attempt(ready, go, first));
        Future<RuntimeException> b = threads.submit(() -> attempt(ready, go, second));
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        return new Race(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    }

    /** Runs {@code work} when released; returns a refusal, and lets anything else fail the test. */
    private static RuntimeException attempt(CountDownLatch ready, CountDownLatch go, Callable<?> work)
            throws Exception {
        ready.countDown();
        go.await();
        try {
            Object result = work.call();
            if (result instanceof PaymentOutcome outcome) {
                assertThat(outcome.accepted()).as(outcome.message()).isTrue();
            }
            return null;
        } catch (RuntimeException e) {
            if (!(e instanceof Refused)) {
                throw new ExecutionException("not a refusal with a sentence: " + e, e);
            }
            assertThat(e.getMessage()).as("the cashier's sentence").isNotBlank();
            return e;
        }
    }

    /**
     * Every saved revision of the order has exactly one upload in the outbox, in revision order, and the newest is
     * the stored order: same revision, status, lines, tenders and money.
     */
    private void assertOneSnapshotPerRevision(Order stored) throws Exception {
        List<JsonNode> snapshots = new ArrayList<>();
        for (OutboxEntry entry : t.outboxEntries()) {
            if (entry.message().entityType().equals(OrderLedger.ENTITY)
                    && entry.message().entityId().equals(stored.id())) {
                snapshots.add(Json.mapper().readTree(entry.message().payloadJson()));
            }
        }
        assertThat(snapshots).extracting(s -> s.get("revision").asLong())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(0, stored.revision()).boxed()
                        .toList());
        JsonNode last = snapshots.get(snapshots.size() - 1);
        assertThat(last.get("status").asText()).isEqualTo(stored.status().name());
        assertThat(last.get("lines")).hasSize(stored.lines().size());
        assertThat(last.get("tenders")).hasSize(stored.tenders().size());
        JsonNode totals = last.get("totals");
        assertThat(totals.get("totalMinor").asLong()).isEqualTo(stored.totals().total().minor());
        assertThat(totals.get("paidMinor").asLong()).isEqualTo(stored.paid().minor());
        assertThat(totals.get("balanceDueMinor").asLong()).isEqualTo(stored.balanceDue().minor());
        Money paidPlusDue = stored.paid().plus(stored.balanceDue());
        assertThat(paidPlusDue.compareTo(stored.totals().total())).isGreaterThanOrEqualTo(0);
    }
}
