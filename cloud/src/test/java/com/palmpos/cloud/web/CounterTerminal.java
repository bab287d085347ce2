package com.palmpos.cloud.web;

import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.enrollment.PreEnrollmentService;
import com.palmpos.pos.privacy.ErasureScope;
import com.palmpos.pos.privacy.PrivacyService;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.enrollment.CloudPreEnrollments;
import com.palmpos.sync.profile.ProfileSync;
import com.palmpos.sync.state.SyncStateStore;
import com.palmpos.sync.support.Terminal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A counter terminal on a real H2 file wired as the app wires it for pre-enrollment and the customer cache: the real
 * {@link PreEnrollmentService} over {@link CloudPreEnrollments} (which pulls customer changes after completing), the
 * real {@link ProfileSync}, and a cache sink that applies changes the way the app's {@code CustomerCacheSink} does
 * (erasures through {@link PrivacyService#applyCloudErasure}). Identification compares templates byte for byte over
 * the cached templates (the scanner's matcher is not a dependency of the cloud module).
 */
final class CounterTerminal implements AutoCloseable {
    final Terminal terminal;
    final CustomerStore customers;
    final PrivacyService privacy;
    final ProfileSync profiles;
    final PreEnrollmentService preEnrollment;

    CounterTerminal(Path dir, CloudClient client, String terminalId) {
        Clock clock = Clock.systemUTC();
        TerminalKeys keys = TerminalKeys.load(dir, Optional.empty());
        terminal = new Terminal(dir, clock);
        customers = new CustomerStore(terminal.database(), clock, keys.templateCipher());
        privacy = new PrivacyService(terminal.database(), customers, terminal.outbox(),
                new AuditLog(terminal.database(), clock, terminalId), clock);
        profiles = new ProfileSync(client, new SyncStateStore(terminal.database(), clock), this::apply);
        preEnrollment = new PreEnrollmentService(new CloudPreEnrollments(client, profiles::pullNow), customers,
                template -> identify(template));
    }

    /** The customer whose cached palm template equals {@code template}, as the counter's 1:N search would find. */
    Optional<String> identify(byte[] template) {
        return customers.allPalmTemplates().entrySet().stream()
                .filter(e -> Arrays.equals(e.getValue(), template)).map(Map.Entry::getKey).findFirst();
    }

    private void apply(List<com.palmpos.sync.api.CustomerProfile> changes) {
        for (com.palmpos.sync.api.CustomerProfile change : changes) {
            if (change.deleted()) {
                privacy.applyCloudErasure(change.customerId(), ErasureScope.PROFILE);
                continue;
            }
            LinkedCard card = change.card() == null ? null
                    : new LinkedCard(change.card().token(), change.card().brand(), change.card().last4());
            String name = change.displayName();
            customers.upsert(new CustomerProfile(change.customerId(), name, name.split("\\s+")[0], change.loyaltyNumber(),
                    Set.of(), Set.of(), card, change.loyaltyPoints(), change.updatedAt(),
                    change.updatedAt().toEpochMilli(), change.updatedAt()));
            if (change.palmTemplates().isEmpty() || !change.biometricConsent()) {
                privacy.applyCloudErasure(change.customerId(), ErasureScope.BIOMETRICS);
            } else {
                customers.savePalmTemplate(change.customerId(),
                        change.palmTemplates().get(change.palmTemplates().size() - 1));
            }
        }
    }

    @Override
    public void close() {
        terminal.close();
    }
}
