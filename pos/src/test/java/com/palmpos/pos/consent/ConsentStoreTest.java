package com.palmpos.pos.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.outbox.OutboxEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentStoreTest {
    @TempDir
    Path dir;

    private static CustomerProfile sam() {
        Instant at = Instant.parse("2026-11-25T12:00:00Z");
        return new CustomerProfile("cus-1", "Sam Lee", "Sam", null, Set.of(), Set.of(), null, 0, at, 1, at);
    }

    @Test
    void withdrawalDeletesTheTemplateAndQueuesTheWithdrawalInOneGo() {
        try (Terminal t = new Terminal(dir)) {
            ConsentStore consents = new ConsentStore(t.db, t.outbox, t.customers, t.clock, "t1");
            t.customers.upsert(sam());
            t.customers.savePalmTemplate("cus-1", new byte[] {9, 9});
            consents.accept("cus-1", ConsentNotices.load().current(Locale.ENGLISH));
            t.clock.advance(Duration.ofDays(3));

            assertThat(consents.withdraw("cus-1")).hasValueSatisfying(r -> {
                assertThat(r.decision()).isEqualTo(ConsentDecision.WITHDRAWN);
                assertThat(r.at()).isEqualTo(t.clock.instant());
            });

            assertThat(t.customers.palmTemplate("cus-1")).isEmpty();
            assertThat(consents.hasConsent("cus-1")).isFalse();
            assertThat(consents.history("cus-1")).extracting(ConsentRecord::decision)
                    .containsExactly(ConsentDecision.ACCEPTED, ConsentDecision.WITHDRAWN);
            List<OutboxEntry> queued = t.outbox.nextBatch(10);
            assertThat(queued).extracting(e -> e.message().kind())
                    .containsExactly(ConsentStore.KIND_ACCEPTED, ConsentStore.KIND_WITHDRAWN);
            assertThat(queued.get(1).message().payloadJson()).contains("\"decision\":\"WITHDRAWN\"");
            assertThat(t.customers.find("cus-1")).isPresent(); // the profile and orders stay
        }
    }

    @Test
    void withdrawingWithoutConsentRecordsNothing() {
        try (Terminal t = new Terminal(dir)) {
            ConsentStore consents = new ConsentStore(t.db, t.outbox, t.customers, t.clock, "t1");
            t.customers.upsert(sam());
            assertThat(consents.withdraw("cus-1")).isEmpty();
            assertThat(consents.history("cus-1")).isEmpty();
            assertThat(t.outbox.nextBatch(10)).isEmpty();
        }
    }

    @Test
    void refusesConsentOfAnUnknownCustomer() {
        try (Terminal t = new Terminal(dir)) {
            ConsentStore consents = new ConsentStore(t.db, t.outbox, t.customers, t.clock, "t1");
            assertThatThrownBy(() -> consents.accept("nobody", ConsentNotices.load().current(Locale.ENGLISH)))
                    .hasMessageContaining("nobody").hasMessageContaining("enroll");
        }
    }
}
