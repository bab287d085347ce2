package com.palmpos.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.money.Money;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.api.PrivacyRequest;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8, deletion propagates both ways: an erasure made at the counter reaches the cloud through the outbox; one
 * made in the cloud (another store, the chain's web page) reaches the terminal through the customer delta pull. Real
 * services, the embedded emulator, real HTTP.
 */
class PrivacyPropagationTest {
    @TempDir
    Path dataDir;
    HeadlessTerminal t;

    @BeforeEach
    void open() {
        t = new HeadlessTerminal(dataDir, Money.parse("50.00", Currency.getInstance("USD")));
        for (String id : List.of("cus-demo-alice", "cus-demo-chen")) {
            t.emulator.seedPalmTemplates(id, List.of(new byte[] {1, 2, 3}));
        }
        t.profiles.pullNow();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private CustomerProfile inCloud(String id) {
        return t.client.customerChanges(null, 500).items().stream().filter(p -> p.customerId().equals(id))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void anErasureInTheCloudErasesTheTerminalsCopyAndIsAudited() {
        assertThat(t.customers.palmTemplate("cus-demo-alice")).isPresent();
        t.client.requestPrivacy(new PrivacyRequest("cus-demo-alice", PrivacyRequest.BIOMETRICS), UUID.randomUUID().toString());
        t.client.requestPrivacy(new PrivacyRequest("cus-demo-chen", PrivacyRequest.PROFILE), UUID.randomUUID().toString());

        t.profiles.pullNow();

        assertThat(t.customers.palmTemplate("cus-demo-alice")).isEmpty();
        assertThat(t.customers.find("cus-demo-alice")).isPresent();
        assertThat(t.customers.find("cus-demo-chen")).isEmpty();
        assertThat(t.customers.palmTemplate("cus-demo-chen")).isEmpty();
        assertThat(t.customers.phoneLastFour("cus-demo-chen")).isEmpty();
        assertThat(t.audit.recent(10)).filteredOn(e -> e.action() == AuditAction.CLOUD_DELETION_APPLIED)
                .extracting(AuditEntry::subject, AuditEntry::actor)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("cus-demo-alice", AuditEntry.CLOUD),
                        org.assertj.core.groups.Tuple.tuple("cus-demo-chen", AuditEntry.CLOUD));
        assertThat(t.outbox.stats().pending()).as("nothing echoed back to the cloud").isZero();
    }

    @Test
    void anErasureAtTheCounterErasesTheCloudsCopyAndComesBackAsANoOp() {
        t.privacy.deleteProfile("cus-demo-chen", "manager");
        assertThat(t.customers.find("cus-demo-chen")).isEmpty();

        t.drainOutbox();

        assertThat(inCloud("cus-demo-chen").deleted()).isTrue();
        int auditBefore = t.audit.recent(100).size();
        t.profiles.pullNow();
        assertThat(t.audit.recent(100)).as("the tombstone finds nothing left to erase").hasSize(auditBefore);
        assertThat(t.customers.palmTemplate("cus-demo-alice")).as("other customers untouched").isPresent();
    }
}
