package com.palmpos.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.api.OrderBatch;
import com.palmpos.sync.api.OrderPage;
import com.palmpos.sync.api.OrderResult;
import com.palmpos.sync.api.OrderUpload;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.support.CloudFixture;
import com.palmpos.sync.support.TestOrders;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorOrdersTest {
    @TempDir
    static Path dir;
    static CloudFixture cloud;
    static CloudClient client;
    static TestOrders orders;

    @BeforeAll
    static void start() {
        cloud = CloudFixture.start(dir);
        client = cloud.client();
        orders = new TestOrders(7, CloudFixture.STORE, cloud.registration().terminalId());
    }

    @AfterEach
    void clearFaults() {
        cloud.emulator().faults().clear();
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static OrderUpload order(String customer) {
        return orders.next("ord-" + UUID.randomUUID(), customer, null, Instant.parse("2026-11-25T12:00:00Z"));
    }

    private static List<OrderResult> upload(OrderUpload... batch) {
        return client.uploadOrders(new OrderBatch(List.of(batch)), UUID.randomUUID().toString()).results();
    }

    @Test
    void storesAnOrderOnceAndCreditsItsPointsOnceWhateverTheKey() {
        long before = points("cus-demo-bruno");
        OrderUpload order = order("cus-demo-bruno");
        assertThat(upload(order)).extracting(OrderResult::outcome).containsExactly(OrderResult.ACCEPTED);
        assertThat(upload(order)).extracting(OrderResult::outcome).containsExactly(OrderResult.DUPLICATE);
        assertThat(upload(order, order)).extracting(OrderResult::outcome).containsOnly(OrderResult.DUPLICATE);
        assertThat(points("cus-demo-bruno") - before)
                .isEqualTo(order.loyaltyPointsEarned() - order.loyaltyPointsRedeemed());
    }

    @Test
    void rejectsAnOrderIdUploadedAgainWithOtherContents() {
        OrderUpload order = order(null);
        upload(order);
        OrderResult result = upload(withLaterTimestamp(order)).get(0);
        assertThat(result.outcome()).isEqualTo(OrderResult.REJECTED);
        assertThat(result.problem().code()).isEqualTo("order-conflict");
    }

    @Test
    void rejectsAnOrderThatDoesNotAddUpButAcceptsTheRestOfTheBatch() {
        OrderUpload good = order(null);
        OrderUpload bad = new OrderUpload("ord-" + UUID.randomUUID(), good.storeId(), good.terminalId(), good.createdAt(),
                good.currency(), good.lines(), good.subtotalMinor(), good.taxMinor(), good.totalMinor() + 1,
                good.tenders(), null, 0, 0);
        List<OrderResult> results = upload(bad, good);
        assertThat(results).extracting(OrderResult::outcome).containsExactly(OrderResult.REJECTED, OrderResult.ACCEPTED);
        assertThat(results.get(0).problem().detail()).contains(bad.orderId());
    }

    @Test
    void aResponseLostAfterCommitIsReplayedUnderTheSameKey() {
        OrderUpload order = order(null);
        String key = UUID.randomUUID().toString();
        cloud.emulator().faults().resetMidResponseNext(1);
        // the client's own retry repeats the call under the same key and gets the stored first answer
        assertThat(client.uploadOrders(new OrderBatch(List.of(order)), key).results())
                .extracting(OrderResult::outcome).containsExactly(OrderResult.ACCEPTED);
        assertThat(cloud.emulator().faults().pending()).isZero();
        assertThat(storedOrderIds()).containsOnlyOnce(order.orderId());
    }

    @Test
    void connectionResetsBeyondTheRetryBudgetSurfaceAsRetryable() {
        OrderUpload order = order(null);
        String key = UUID.randomUUID().toString();
        cloud.emulator().faults().resetMidResponseNext(3);
        assertThatThrownBy(() -> client.uploadOrders(new OrderBatch(List.of(order)), key))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(client.uploadOrders(new OrderBatch(List.of(order)), key).results())
                .extracting(OrderResult::outcome).containsExactly(OrderResult.ACCEPTED);
        assertThat(storedOrderIds()).containsOnlyOnce(order.orderId());
    }

    @Test
    void aTimeoutAfterCommitIsResolvedByRetryingTheSameKey() {
        OrderUpload order = order(null);
        String key = UUID.randomUUID().toString();
        cloud.emulator().faults().commitThenDelayNext(3, Duration.ofMillis(2500));
        assertThatThrownBy(() -> client.uploadOrders(new OrderBatch(List.of(order)), key))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.UNAVAILABLE));
        cloud.emulator().faults().clear();
        assertThat(client.uploadOrders(new OrderBatch(List.of(order)), key).results())
                .extracting(OrderResult::outcome).containsExactly(OrderResult.ACCEPTED);
        assertThat(storedOrderIds()).containsOnlyOnce(order.orderId());
    }

    private static OrderUpload revision(OrderUpload o, long revision, long refundedMinor, long earned) {
        return new OrderUpload(o.orderId(), o.storeId(), o.terminalId(), o.createdAt(), o.currency(), o.lines(),
                o.subtotalMinor(), o.taxMinor(), o.totalMinor(), o.tenders(), o.customerId(), earned, 0,
                OrderUpload.COMPLETED, revision, 0, refundedMinor, 0);
    }

    @Test
    void aHigherRevisionReplacesTheStoredOrderAndItsPointsCountOnce() {
        long before = points("cus-demo-chen");
        OrderUpload paid = revision(order("cus-demo-chen"), 5, 0, 40);
        OrderUpload refunded = revision(paid, 7, 300, 25);

        assertThat(upload(paid)).extracting(OrderResult::outcome).containsExactly(OrderResult.ACCEPTED);
        assertThat(upload(refunded, paid)).extracting(OrderResult::outcome)
                .containsExactly(OrderResult.ACCEPTED, OrderResult.DUPLICATE);

        OrderUpload stored = client.orders(CloudFixture.STORE, null, 1000).orders().stream()
                .filter(o -> o.orderId().equals(paid.orderId())).findFirst().orElseThrow();
        assertThat(stored.revision()).isEqualTo(7L);
        assertThat(stored.refundedMinor()).isEqualTo(300);
        assertThat(points("cus-demo-chen") - before).isEqualTo(25);
        assertThat(storedOrderIds()).containsOnlyOnce(paid.orderId());
    }

    @Test
    void rejectsTheSameRevisionWithOtherContents() {
        OrderUpload paid = revision(order(null), 3, 0, 0);
        upload(paid);

        OrderResult result = upload(revision(paid, 3, 100, 0)).get(0);

        assertThat(result.outcome()).isEqualTo(OrderResult.REJECTED);
        assertThat(result.problem().code()).isEqualTo("order-conflict");
    }

    @Test
    void rejectsTendersThatDoNotCoverTheTotalLessThePaymentDue() {
        OrderUpload o = order(null);
        OrderUpload due = new OrderUpload(o.orderId(), o.storeId(), o.terminalId(), o.createdAt(), o.currency(),
                o.lines(), o.subtotalMinor(), o.taxMinor(), o.totalMinor(), o.tenders(), null, 0, 0,
                OrderUpload.COMPLETED, 1L, 0, 0, 200);

        OrderResult result = upload(due).get(0);

        assertThat(result.outcome()).isEqualTo(OrderResult.REJECTED);
        assertThat(result.problem().detail()).contains("total minus payment due");
    }

    @Test
    void listsTheStoresOrdersPageByPage() {
        List<String> uploaded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OrderUpload order = order(null);
            upload(order);
            uploaded.add(order.orderId());
        }
        OrderPage first = client.orders(CloudFixture.STORE, null, 2);
        assertThat(first.orders()).hasSize(2);
        assertThat(first.hasMore()).isTrue();
        assertThat(storedOrderIds()).containsAll(uploaded);
    }

    private static OrderUpload withLaterTimestamp(OrderUpload order) {
        return new OrderUpload(order.orderId(), order.storeId(), order.terminalId(), order.createdAt().plusSeconds(1),
                order.currency(), order.lines(), order.subtotalMinor(), order.taxMinor(), order.totalMinor(),
                order.tenders(), order.customerId(), order.loyaltyPointsEarned(), order.loyaltyPointsRedeemed());
    }

    static List<String> storedOrderIds() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        OrderPage page;
        do {
            page = client.orders(CloudFixture.STORE, cursor, 1000);
            page.orders().forEach(o -> ids.add(o.orderId()));
            cursor = page.nextCursor();
        } while (page.hasMore());
        return ids;
    }

    private static long points(String customerId) {
        long points = 0;
        String cursor = null;
        var page = client.customerChanges(null, 500);
        while (true) {
            for (CustomerProfile p : page.items()) {
                if (p.customerId().equals(customerId)) {
                    points = p.loyaltyPoints();
                }
            }
            if (!page.hasMore()) {
                return points;
            }
            cursor = page.nextCursor();
            page = client.customerChanges(cursor, 500);
        }
    }
}
