package com.palmpos.pos.loyalty;

import static com.palmpos.pos.Terminal.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.loyalty.internal.LedgerRepository;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoyaltyServiceTest {
    @TempDir
    Path dir;
    Terminal t;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
        t.customers.upsert(new CustomerProfile("cust-1", "Samantha Lee", "Sam", "L-1", Set.of(), Set.of(), null,
                600, Instant.parse("2026-11-25T08:00:00Z"), 1, Instant.parse("2026-11-25T08:00:00Z")));
    }

    @AfterEach
    void close() {
        t.close();
    }

    /** A Teriyaki bowl (12.25) and a croissant (3.25), takeout, for Sam. */
    private Order samsOrder() {
        Order o = t.orders.open(ServiceMode.TAKEOUT, "", "c");
        t.orders.addItem(o.id(), new LineRequest("teriyaki-bowl", null, 1, Map.of(), ""));
        t.orders.addItem(o.id(), new LineRequest("croissant", null, 1, Map.of(), ""));
        return t.orders.attachCustomer(o.id(), "cust-1");
    }

    @Test
    void earnsPointsPerCurrencyUnitWithoutTaxWhenPaid() {
        Order o = samsOrder();
        t.payments.payCash(o.id(), usd("100.00"), usd("0"));
        // 12.25 + 3.25 = 15.50 before tax -> 155 points at 10 per unit
        assertThat(t.loyalty.balance("cust-1")).isEqualTo(600 + 155);
    }

    @Test
    void countsPointsOnceEvenIfTheOrderIsPostedTwice() {
        Order o = samsOrder();
        Order paid = t.payments.payCash(o.id(), usd("100.00"), usd("0")).order();
        LoyaltyPosting posting = new LoyaltyPosting(LoyaltySettings.defaults(), new LedgerRepository());
        t.db.inTransaction(c -> {
            posting.onPaid(c, paid, t.clock.instant());
            posting.onPaid(c, paid, t.clock.instant());
            return null;
        });
        assertThat(t.loyalty.balance("cust-1")).isEqualTo(755);
    }

    @Test
    void redeemsAFreePastryAndDeductsItsPointsOnPayment() {
        Order o = samsOrder();
        Order redeemed = t.loyalty.redeem(o.id(), "free-pastry");
        assertThat(redeemed.totals().discounts()).isEqualTo(usd("3.25"));
        assertThat(redeemed.redemptions()).extracting(r -> r.points()).containsExactly(500L);
        t.payments.payCash(o.id(), usd("100.00"), usd("0"));
        // earns on 12.25 -> 122; spends 500
        assertThat(t.loyalty.balance("cust-1")).isEqualTo(600 - 500 + 122);
    }

    @Test
    void refusesARewardTheBalanceCannotCover() {
        Order o = samsOrder();
        assertThatThrownBy(() -> t.loyalty.redeem(o.id(), "free-bowl"))
                .hasMessageContaining("Free bowl needs 1500 points; the customer has 600 available");
    }

    @Test
    void refusesARewardWhenNothingQualifies() {
        Order o = t.orders.open(ServiceMode.TAKEOUT, "", "c");
        t.orders.addItem(o.id(), LineRequest.of("lemonade", null));
        t.orders.attachCustomer(o.id(), "cust-1");
        assertThatThrownBy(() -> t.loyalty.redeem(o.id(), "free-pastry")).hasMessageContaining("nothing on order");
    }

    @Test
    void takesBackPointsExactlyWhenEverythingIsRefundedInParts() {
        Order o = samsOrder();
        Order paid = t.payments.payCash(o.id(), usd("100.00"), usd("0")).order();
        t.orders.refund(o.id(), Map.of(paid.lines().get(1).lineId(), 1), "stale", "m");
        assertThat(t.loyalty.balance("cust-1")).isLessThan(755);
        t.orders.refund(o.id(), Map.of(), "changed mind", "m");
        assertThat(t.loyalty.balance("cust-1")).isEqualTo(600);
    }

    @Test
    void addsOnlyLedgerEntriesTheCloudBalanceDoesNotIncludeYet() {
        Order o = samsOrder();
        t.payments.payCash(o.id(), usd("100.00"), usd("0"));
        // the cloud has now counted this order: its balance includes the 155 points
        t.customers.upsert(new CustomerProfile("cust-1", "Samantha Lee", "Sam", "L-1", Set.of(), Set.of(), null,
                755, t.clock.instant(), 2, t.clock.instant()));
        assertThat(t.loyalty.balance("cust-1")).isEqualTo(755);
    }
}
