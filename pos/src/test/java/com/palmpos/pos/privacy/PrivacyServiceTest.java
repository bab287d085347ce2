package com.palmpos.pos.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.outbox.OutboxEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyServiceTest {
    @TempDir
    Path dir;
    Terminal t;
    AuditLog audit;
    PrivacyService privacy;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
        audit = new AuditLog(t.db, t.clock, "t1");
        privacy = new PrivacyService(t.db, t.customers, t.outbox, audit, t.clock);
        customer("cust-1", "Samantha Lee", "L-100", "+1 312 555 0147");
        customer("cust-2", "Ben Okafor", "L-200", "020 7946 0321");
    }

    @AfterEach
    void close() {
        t.close();
    }

    private void customer(String id, String name, String loyaltyId, String phone) {
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        t.customers.upsert(new CustomerProfile(id, name, name.split(" ")[0], loyaltyId, Set.of(), Set.of(), null, 0, at, 1, at));
        t.customers.savePhone(id, phone);
        t.customers.savePalmTemplate(id, ("template of " + id).getBytes());
    }

    private List<OutboxEntry> privacyMessages() {
        return t.outboxEntries().stream().filter(e -> e.message().kind().equals("privacy.requested")).toList();
    }

    @Test
    void findsCustomersByNameLoyaltyIdPhoneOrCustomerId() {
        assertThat(privacy.find("saman", "manager")).extracting(CustomerRecord::customerId).containsExactly("cust-1");
        assertThat(privacy.find("L-200", "manager")).extracting(CustomerRecord::customerId).containsExactly("cust-2");
        assertThat(privacy.find("555-0147", "manager")).singleElement()
                .satisfies(r -> assertThat(r.phoneLastFour()).contains("0147"))
                .satisfies(r -> assertThat(r.hasPalmTemplate()).isTrue());
        assertThat(privacy.find("cust-2", "manager")).extracting(CustomerRecord::name).containsExactly("Ben Okafor");
        assertThat(privacy.find("50%", "manager")).isEmpty();
        assertThat(audit.recent(10)).allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.PRIVACY_LOOKUP));
    }

    @Test
    void deletingPalmDataRecordsTheConsentAsWithdrawn() {
        com.palmpos.pos.consent.ConsentStore consents =
                new com.palmpos.pos.consent.ConsentStore(t.db, t.outbox, t.customers, t.clock, "t1");
        t.db.inTransaction(c -> {
            consents.append(c, consents.acceptedAt("cust-1", "bio-2026-11", t.clock.instant()));
            return null;
        });
        assertThat(consents.hasConsent("cust-1")).isTrue();

        privacy.deleteBiometrics("cust-1", "manager");

        assertThat(consents.hasConsent("cust-1")).isFalse();
        assertThat(consents.history("cust-1")).extracting(r -> r.decision().name())
                .containsExactly("ACCEPTED", "WITHDRAWN");
        assertThat(consents.history("cust-2")).isEmpty();
        privacy.deleteBiometrics("cust-1", "manager");
        assertThat(consents.history("cust-1")).as("a second request adds no second withdrawal").hasSize(2);
    }

    @Test
    void refusesAQueryTooShortToMeanAnything() {
        assertThatThrownBy(() -> privacy.find(" s ", "manager")).hasMessageContaining("at least 2 characters");
    }

    @Test
    void erasingBiometricsKeepsTheProfileQueuesTheRequestAndAuditsIt() {
        ErasureReceipt receipt = privacy.deleteBiometrics("cust-1", "manager");

        assertThat(receipt.foundHere()).isTrue();
        assertThat(t.customers.palmTemplate("cust-1")).isEmpty();
        assertThat(t.customers.find("cust-1")).isPresent();
        assertThat(privacyMessages()).singleElement().satisfies(e -> {
            assertThat(e.message().entityId()).isEqualTo("cust-1");
            assertThat(e.message().payloadJson()).contains("\"scope\":\"BIOMETRICS\"", "\"requestedBy\":\"manager\"");
        });
        AuditEntry entry = audit.forSubject("cust-1").get(0);
        assertThat(entry.seq()).isEqualTo(receipt.auditSeq());
        assertThat(entry.action()).isEqualTo(AuditAction.BIOMETRICS_DELETED);
        assertThat(entry.actor()).isEqualTo("manager");
    }

    @Test
    void erasingTheProfileLeavesNothingOfTheCustomerButTheOtherCustomersStay() {
        privacy.deleteProfile("cust-1", "manager");

        assertThat(t.customers.find("cust-1")).isEmpty();
        assertThat(t.customers.phoneLastFour("cust-1")).isEmpty();
        assertThat(t.customers.allPalmTemplates()).containsOnlyKeys("cust-2");
        assertThat(privacy.find("Samantha", "manager")).isEmpty();
        assertThat(privacyMessages()).singleElement()
                .satisfies(e -> assertThat(e.message().payloadJson()).contains("\"scope\":\"PROFILE\""));
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRequestForACustomerUnknownHereStillReachesTheCloud() {
        ErasureReceipt receipt = privacy.deleteProfile("cust-elsewhere", "manager");
        assertThat(receipt.foundHere()).isFalse();
        assertThat(privacyMessages()).hasSize(1);
        assertThat(audit.forSubject("cust-elsewhere").get(0).detail()).contains("nothing held on this terminal");
    }

    @Test
    void refusesARequestWithoutCustomerOrStaff() {
        assertThatThrownBy(() -> privacy.deleteProfile(" ", "manager")).hasMessageContaining("customer id");
        assertThatThrownBy(() -> privacy.deleteBiometrics("cust-1", null)).hasMessageContaining("staff id");
        assertThat(t.customers.palmTemplate("cust-1")).isPresent();
    }

    @Test
    void appliesACloudErasureOnceAndSendsNothingBack() {
        ErasureReceipt first = privacy.applyCloudErasure("cust-2", ErasureScope.PROFILE);
        ErasureReceipt again = privacy.applyCloudErasure("cust-2", ErasureScope.PROFILE);

        assertThat(first.foundHere()).isTrue();
        assertThat(again.foundHere()).isFalse();
        assertThat(t.customers.find("cust-2")).isEmpty();
        assertThat(privacyMessages()).isEmpty();
        assertThat(audit.forSubject("cust-2")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(AuditEntry.CLOUD);
            assertThat(e.action()).isEqualTo(AuditAction.CLOUD_DELETION_APPLIED);
        });
    }
}
