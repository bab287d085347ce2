package com.palmpos.sync.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.sync.api.ConsentRecord;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.api.EnrollmentRequest;
import com.palmpos.sync.api.EnrollmentResult;
import com.palmpos.sync.api.PrivacyRequest;
import com.palmpos.sync.state.SyncStateStore;
import com.palmpos.sync.support.CloudFixture;
import com.palmpos.sync.support.Terminal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileSyncTest {
    @TempDir
    Path cloudDir;
    @TempDir
    Path terminalDir;
    CloudFixture cloud;
    Terminal terminal;
    final List<CustomerProfile> applied = new ArrayList<>();

    @BeforeEach
    void start() {
        cloud = CloudFixture.start(cloudDir);
        terminal = new Terminal(terminalDir, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        terminal.close();
        cloud.close();
    }

    private ProfileSync sync(ProfileSink sink) {
        return new ProfileSync(cloud.client(), new SyncStateStore(terminal.database(), Clock.systemUTC()), sink);
    }

    private EnrollmentResult enroll(String name) {
        return cloud.client().enroll(new EnrollmentRequest(name, null, null,
                new ConsentRecord("bio-1", Instant.now(), "counter"), List.of(new byte[] {7}), null, null),
                UUID.randomUUID().toString());
    }

    @Test
    void pullsEverythingOnceThenOnlyChangesAndKeepsTheCursorAcrossRestarts() {
        for (int i = 0; i < 205; i++) {
            enroll("customer " + i);
        }
        assertThat(sync(applied::addAll).pullNow()).isEqualTo(208);
        assertThat(sync(applied::addAll).pullNow()).isZero();

        EnrollmentResult late = enroll("late");
        terminal.close();
        terminal = new Terminal(terminalDir, Clock.systemUTC());
        applied.clear();
        assertThat(sync(applied::addAll).pullNow()).isEqualTo(1);
        assertThat(applied).extracting(CustomerProfile::customerId).containsExactly(late.customerId());
    }

    @Test
    void carriesAnErasureToTheTerminal() {
        EnrollmentResult customer = enroll("Frank");
        sync(applied::addAll).pullNow();
        cloud.client().requestPrivacy(new PrivacyRequest(customer.customerId(), PrivacyRequest.PROFILE), UUID.randomUUID().toString());
        applied.clear();
        sync(applied::addAll).pullNow();
        assertThat(applied).singleElement().satisfies(p -> {
            assertThat(p.customerId()).isEqualTo(customer.customerId());
            assertThat(p.deleted()).isTrue();
            assertThat(p.palmTemplates()).isEmpty();
        });
    }

    @Test
    void aFailingSinkLeavesTheCursorSoNothingIsSkipped() {
        assertThatThrownBy(() -> sync(page -> {
            throw new IllegalStateException("customer store is full");
        }).pullNow()).hasMessageContaining("customer store is full");
        assertThat(new SyncStateStore(terminal.database(), Clock.systemUTC()).customerCursor()).isEmpty();
        assertThat(sync(applied::addAll).pullNow()).isEqualTo(3);
    }
}
