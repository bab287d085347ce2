package com.palmpos.pos.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.menu.ServiceMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionJobTest {
    @TempDir
    Path dir;
    Terminal t;
    AuditLog audit;
    RetentionJob job;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
        audit = new AuditLog(t.db, t.clock, "t1");
        job = new RetentionJob(t.db, t.customers, t.outbox, audit, RetentionPolicy.defaults(), t.clock);
    }

    @AfterEach
    void close() {
        job.close();
        t.close();
    }

    private void days(int n) {
        t.clock.advance(Duration.ofDays(n));
    }

    @Test
    void deletesTemplatesOfCustomersNotSeenForTheRetentionPeriodOnly() {
        t.customers.savePalmTemplate("cust-gone", new byte[] {1});
        t.customers.savePalmTemplate("cust-regular", new byte[] {2});
        t.customers.savePalmTemplate("cust-diner", new byte[] {3});
        days(200);
        t.customers.markSeen("cust-regular");
        days(100);
        t.orders.attachCustomer(t.orders.open(ServiceMode.DINE_IN, "T1", "cashier").id(), "cust-diner");
        days(100);

        RetentionReport report = job.runOnce();

        assertThat(report.templatesDeleted()).containsExactly("cust-gone");
        assertThat(t.customers.allPalmTemplates()).containsOnlyKeys("cust-regular", "cust-diner");
        assertThat(audit.forSubject("cust-gone")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.BIOMETRICS_EXPIRED);
            assertThat(e.actor()).isEqualTo(AuditEntry.SYSTEM);
        });
        assertThat(audit.recent(1).get(0).action()).isEqualTo(AuditAction.RETENTION_RUN);
        assertThat(audit.recent(1).get(0).seq()).isEqualTo(report.auditSeq());
    }

    @Test
    void keepsATemplateOneDayYoungerThanThePeriod() {
        t.customers.savePalmTemplate("cust-1", new byte[] {1});
        days(364);
        assertThat(job.runOnce().templatesDeleted()).isEmpty();
        days(2);
        assertThat(job.runOnce().templatesDeleted()).containsExactly("cust-1");
        assertThat(job.runOnce().templatesDeleted()).isEmpty();
    }

    @Test
    void trimsPurchaseHistoryOlderThanThePeriod() throws Exception {
        try (Connection c = t.db.connection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO purchase_index (order_id, customer_id, bought_at, item_id) VALUES (?, 'cust-1', ?, 'latte')")) {
            s.setString(1, "old-order");
            s.setTimestamp(2, Timestamp.from(t.clock.instant().minus(Duration.ofDays(400))));
            s.executeUpdate();
            s.setString(1, "new-order");
            s.setTimestamp(2, Timestamp.from(t.clock.instant().minus(Duration.ofDays(10))));
            s.executeUpdate();
        }
        assertThat(job.runOnce().purchaseRowsDeleted()).isEqualTo(1);
        assertThat(t.customers.purchaseHistory("cust-1", 10)).hasSize(1);
    }

    @Test
    void forgetsWrongSecondFactorAnswersOlderThanTheTemplatePeriod() throws Exception {
        try (Connection c = t.db.connection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO second_factor_strikes (customer_id, wrong_answers, changed_at) VALUES (?, 1, ?)")) {
            s.setString(1, "cust-old");
            s.setTimestamp(2, Timestamp.from(t.clock.instant().minus(Duration.ofDays(400))));
            s.executeUpdate();
            s.setString(1, "cust-recent");
            s.setTimestamp(2, Timestamp.from(t.clock.instant().minus(Duration.ofDays(10))));
            s.executeUpdate();
        }

        job.runOnce();

        try (Connection c = t.db.connection(); var rs = c.createStatement().executeQuery(
                "SELECT customer_id FROM second_factor_strikes")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("cust-recent");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void refusesARetentionLongerThanTheLegalMaximum() {
        assertThatThrownBy(() -> RetentionPolicy.ofDays(3 * 365 + 1)).hasMessageContaining("1 to 1095 days");
        assertThatThrownBy(() -> RetentionPolicy.ofDays(0)).hasMessageContaining("was 0 days");
        assertThat(RetentionPolicy.ofDays(90).biometrics()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void everyRunLeavesAnIntactAuditChain() {
        t.customers.savePalmTemplate("cust-1", new byte[] {1});
        days(400);
        job.runOnce();
        job.runOnce();
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.verify().rowsChecked()).isEqualTo(3);
    }
}
