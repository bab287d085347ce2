package com.palmpos.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.sync.api.ConsentChange;
import com.palmpos.sync.api.ConsentRecord;
import com.palmpos.sync.api.EnrollmentRequest;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.support.CloudFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal-chosen customer id and the consent endpoint over real HTTP, bad input included. */
class EmulatorConsentTest {
    @TempDir
    static Path dir;
    static CloudFixture cloud;

    @BeforeAll
    static void start() {
        cloud = CloudFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static EnrollmentRequest enrollment(String customerId) {
        return new EnrollmentRequest("Mary Jackson", null, null, new ConsentRecord("bio-2026-11", Instant.parse("2026-11-26T01:00:00Z"), "counter"),
                List.of(new byte[] {3, 1}), null, null, customerId);
    }

    private static ConsentChange change(String decision) {
        return new ConsentChange(decision, "bio-2026-11", Instant.now(), "counter", "t1");
    }

    private static int statusOf(Throwable e) {
        return ((CloudException) e).status();
    }

    @Test
    void takesTheTerminalsCustomerIdAndRefusesItTwiceUnderAnotherKey() {
        assertThat(cloud.client().enroll(enrollment("cus_mary01"), "k-mary-1").customerId()).isEqualTo("cus_mary01");
        assertThat(cloud.client().enroll(enrollment("cus_mary01"), "k-mary-1").customerId()).isEqualTo("cus_mary01");
        assertThatThrownBy(() -> cloud.client().enroll(enrollment("cus_mary01"), "k-mary-2"))
                .hasMessageContaining("already enrolled").extracting(EmulatorConsentTest::statusOf).isEqualTo(409);
    }

    @Test
    void refusesAMalformedCustomerId() {
        assertThatThrownBy(() -> cloud.client().enroll(enrollment("no spaces/slashes"), null))
                .hasMessageContaining("customerId").extracting(EmulatorConsentTest::statusOf).isEqualTo(400);
    }

    @Test
    void withdrawalErasesTemplatesAndGrantRestoresConsent() {
        cloud.client().enroll(enrollment("cus_mary02"), null);
        cloud.client().recordConsent("cus_mary02", change(ConsentChange.WITHDRAWN), null);
        var withdrawn = cloud.client().customerChanges(null, 500).items().stream()
                .filter(p -> p.customerId().equals("cus_mary02")).findFirst().orElseThrow();
        assertThat(withdrawn.palmTemplates()).isEmpty();
        assertThat(withdrawn.biometricConsent()).isFalse();

        cloud.client().recordConsent("cus_mary02", change(ConsentChange.GRANTED), null);
        assertThat(cloud.client().customerChanges(null, 500).items().stream()
                .filter(p -> p.customerId().equals("cus_mary02")).findFirst().orElseThrow().biometricConsent()).isTrue();
    }

    @Test
    void refusesUnknownCustomersDecisionsAndIncompleteRecords() {
        assertThatThrownBy(() -> cloud.client().recordConsent("cus_nobody", change(ConsentChange.WITHDRAWN), null))
                .extracting(EmulatorConsentTest::statusOf).isEqualTo(404);
        cloud.client().enroll(enrollment("cus_mary03"), null);
        assertThatThrownBy(() -> cloud.client().recordConsent("cus_mary03", change("MAYBE"), null))
                .hasMessageContaining("GRANTED or WITHDRAWN").extracting(EmulatorConsentTest::statusOf).isEqualTo(422);
        assertThatThrownBy(() -> cloud.client().recordConsent("cus_mary03",
                new ConsentChange(ConsentChange.GRANTED, null, Instant.now(), "counter", null), null))
                .hasMessageContaining("policyVersion").extracting(EmulatorConsentTest::statusOf).isEqualTo(422);
    }
}
