package com.palmpos.pos.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.payment.AuthorizationResult;
import com.palmpos.pos.payment.CardDetails;
import com.palmpos.pos.payment.PaymentOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PalmPaymentsTest {
    private static final CardDetails PALM = new CardDetails(TenderType.PALM, "tok_palm", "VISA", "4242");

    @TempDir
    Path dir;
    Terminal t;
    AuditLog audit;
    SecondFactorPolicy secondFactor;
    PalmPayments palm;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
        audit = new AuditLog(t.db, t.clock, "t1");
        secondFactor = new SecondFactorPolicy(SecondFactorSettings.above(Terminal.usd("25.00")), t.customers, audit, t.db, t.clock);
        palm = new PalmPayments(t.payments, t.customers, secondFactor, audit);
        t.customers.savePhone("cust-1", "+1 312 555 0147");
        t.customers.savePalmTemplate("cust-1", new byte[] {1});
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Order order(int croissants) {
        Order o = t.orders.open(ServiceMode.TAKEOUT, "", "cashier");
        for (int i = 0; i < croissants; i++) {
            o = t.orders.addItem(o.id(), LineRequest.of("croissant", null));
        }
        return t.orders.attachCustomer(o.id(), "cust-1");
    }

    private static Money none() {
        return Terminal.usd("0.00");
    }

    @Test
    void aSmallPalmPaymentNeedsNoSecondFactorAndIsAudited() {
        Order o = order(1);
        PalmPaymentResult result = palm.pay(o.id(), "cust-1", PALM, o.balanceDue(), none(), null, "cashier");

        assertThat(result).isInstanceOfSatisfying(PalmPaymentResult.Charged.class,
                c -> assertThat(c.outcome().status()).isEqualTo(PaymentOutcome.Status.APPROVED));
        assertThat(audit.forSubject("cust-1")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.IDENTIFIED_PAYMENT);
            assertThat(e.detail()).contains(o.id(), "VISA 4242").doesNotContain("tok_palm");
        });
    }

    @Test
    void onePalmPaymentWritesExactlyOneAuditEntryWithActorCustomerOutcomeAmountOrderAndMatch() {
        Order o = order(2);
        Instant readAt = Instant.parse("2026-11-25T12:00:00Z");

        PalmPaymentResult result = palm.pay(o.id(), "cust-1", new PalmMatch(0.912, readAt), PALM, o.balanceDue(),
                Terminal.usd("1.00"), null, "cashier-7");

        Order paid = ((PalmPaymentResult.Charged) result).outcome().order();
        assertThat(audit.forSubject("cust-1")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.IDENTIFIED_PAYMENT);
            assertThat(e.actor()).isEqualTo("cashier-7");
            assertThat(e.outcome()).isEqualTo("APPROVED");
            assertThat(e.detail()).contains("order " + paid.number(), o.id(),
                    "payment " + paid.tenders().get(0).paymentId(), o.balanceDue().plus(Terminal.usd("1.00")).toString(),
                    "tip 1.00", "VISA 4242", "score 0.912", readAt.toString());
        });
    }

    @Test
    void aDeclinedPalmPaymentIsAuditedOnceWithoutAPaymentId() {
        Order o = order(1);
        t.gateway.next = new AuthorizationResult.Declined("insufficient funds");

        palm.pay(o.id(), "cust-1", PALM, o.balanceDue(), none(), null, "cashier");

        assertThat(audit.forSubject("cust-1")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("DECLINED");
            assertThat(e.detail()).contains("payment none");
        });
    }

    @Test
    void aLargePaymentAsksForTheSecondFactorAndChargesOnlyWhenItMatches() {
        Order o = order(10);
        assertThat(palm.pay(o.id(), "cust-1", PALM, o.balanceDue(), none(), null, "cashier"))
                .isInstanceOf(PalmPaymentResult.SecondFactorNeeded.class);
        assertThat(palm.pay(o.id(), "cust-1", PALM, o.balanceDue(), none(), "1111".toCharArray(), "cashier"))
                .isEqualTo(new PalmPaymentResult.SecondFactorFailed(new SecondFactorResult.Wrong(2)));
        assertThat(t.gateway.requests).isEmpty();

        PalmPaymentResult paid = palm.pay(o.id(), "cust-1", PALM, o.balanceDue(), none(), "0147".toCharArray(), "cashier");

        assertThat(paid).isInstanceOf(PalmPaymentResult.Charged.class);
        assertThat(audit.forSubject("cust-1")).extracting(AuditEntry::action, AuditEntry::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditAction.SECOND_FACTOR, "WRONG"),
                org.assertj.core.groups.Tuple.tuple(AuditAction.SECOND_FACTOR, "PASSED"),
                org.assertj.core.groups.Tuple.tuple(AuditAction.IDENTIFIED_PAYMENT, "APPROVED"));
    }

    @Test
    void tooManyWrongAnswersRefusePalmPaymentForTheCoolDown() {
        for (int i = 0; i < 2; i++) {
            secondFactor.check("cust-1", "0000".toCharArray(), "cashier");
        }
        assertThat(secondFactor.check("cust-1", "0000".toCharArray(), "cashier"))
                .isInstanceOf(SecondFactorResult.TooManyAttempts.class);
        assertThat(secondFactor.check("cust-1", "0147".toCharArray(), "cashier"))
                .as("even the right digits during the cool-down").isInstanceOf(SecondFactorResult.TooManyAttempts.class);
        t.clock.advance(Duration.ofMinutes(16));
        assertThat(secondFactor.check("cust-1", "0147".toCharArray(), "cashier")).isEqualTo(new SecondFactorResult.Passed());
    }

    @Test
    void aRestartDoesNotLiftALockout() {
        for (int i = 0; i < 3; i++) {
            secondFactor.check("cust-1", "0000".toCharArray(), "cashier");
        }

        SecondFactorPolicy afterRestart = reopened();

        assertThat(afterRestart.check("cust-1", "0147".toCharArray(), "cashier"))
                .isInstanceOf(SecondFactorResult.TooManyAttempts.class);
        t.clock.advance(Duration.ofMinutes(16));
        assertThat(afterRestart.check("cust-1", "0147".toCharArray(), "cashier")).isEqualTo(new SecondFactorResult.Passed());
    }

    @Test
    void aRestartKeepsTheCountOfWrongAnswersUntilARightOne() {
        secondFactor.check("cust-1", "0000".toCharArray(), "cashier");
        secondFactor.check("cust-1", "0000".toCharArray(), "cashier");

        SecondFactorPolicy afterRestart = reopened();

        assertThat(afterRestart.check("cust-1", "0000".toCharArray(), "cashier"))
                .as("the third wrong answer in a row, across the restart")
                .isInstanceOf(SecondFactorResult.TooManyAttempts.class);
    }

    @Test
    void aRightAnswerClearsTheStrikesAndForgettingTheCustomerDeletesThem() {
        secondFactor.check("cust-1", "0000".toCharArray(), "cashier");
        assertThat(secondFactor.check("cust-1", "0147".toCharArray(), "cashier")).isEqualTo(new SecondFactorResult.Passed());
        assertThat(secondFactor.check("cust-1", "0000".toCharArray(), "cashier"))
                .isEqualTo(new SecondFactorResult.Wrong(2));

        t.customers.delete("cust-1");

        long strikes = t.db.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM second_factor_strikes")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(strikes).isZero();
    }

    /** Closes the terminal's database and opens it again, as a restart does. */
    private SecondFactorPolicy reopened() {
        java.time.Instant now = t.clock.instant();
        t.close();
        t = new Terminal(dir);
        t.clock.set(now);
        audit = new AuditLog(t.db, t.clock, "t1");
        return new SecondFactorPolicy(SecondFactorSettings.above(Terminal.usd("25.00")), t.customers, audit, t.db,
                t.clock);
    }

    @Test
    void aCustomerWithoutPhoneCannotPassTheSecondFactor() {
        assertThat(secondFactor.check("cust-unknown", "0147".toCharArray(), "cashier"))
                .isEqualTo(new SecondFactorResult.NoPhoneOnFile());
    }

    @Test
    void theThresholdIsInclusiveAndCanBeTurnedOff() {
        assertThat(secondFactor.required(Terminal.usd("25.00"))).isTrue();
        assertThat(secondFactor.required(Terminal.usd("24.99"))).isFalse();
        SecondFactorPolicy off = new SecondFactorPolicy(SecondFactorSettings.off(), t.customers, audit, t.db, t.clock);
        assertThat(off.required(Terminal.usd("10000.00"))).isFalse();
    }

    @Test
    void aPaymentRecordsTheLastVisitForRetention() {
        Order o = order(1);
        t.clock.advance(Duration.ofDays(300));
        palm.pay(o.id(), "cust-1", PALM, o.balanceDue(), none(), null, "cashier");
        t.clock.advance(Duration.ofDays(100));
        RetentionJob job = new RetentionJob(t.db, t.customers, t.outbox, audit, RetentionPolicy.defaults(), t.clock);
        assertThat(job.runOnce().templatesDeleted()).isEmpty();
    }
}
