package com.palmpos.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.store.Database;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.camera.sim.SimulatedCameraDriver;
import com.palmpos.scanner.camera.sim.SyntheticScenes;
import com.palmpos.scanner.capture.CaptureSettings;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.SyntheticPalms;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.ui.CaptureLoopPalmReader;
import com.palmpos.scanner.camera.CameraSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cloud pulls keep the live gallery current: a customer enrolled elsewhere becomes recognisable without a restart,
 * and a deletion from the cloud stops recognition at once (real H2 cache, real reader on the simulated camera).
 */
class LiveGalleryUpdatesTest {
    private static final Parameters PARAMETERS = Parameters.defaults();
    private static final SyntheticPalms PALMS = new SyntheticPalms(11);
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void pulledTemplatesJoinTheLiveGalleryAndCloudDeletionsLeaveIt() {
        PalmEngine engine = new PalmEngine(PARAMETERS);
        byte[] dana = engine.extract(PALMS.roi(2, 1), InputKind.ROI).template().orElseThrow().toBytes();
        try (Database database = Database.open(dataDir, null, "pos")) {
            CustomerStore customers = new CustomerStore(database, Clock.systemUTC(),
                    TerminalKeys.load(dataDir, Optional.empty()).templateCipher());
            AtomicReference<CaptureLoopPalmReader> reader = new AtomicReference<>();
            CustomerCacheSink sink = new CustomerCacheSink(customers, new com.palmpos.pos.privacy.PrivacyService(
                    database, customers, new com.palmpos.pos.outbox.OutboxStore(database, Clock.systemUTC()),
                    new com.palmpos.pos.audit.AuditLog(database, Clock.systemUTC(), "t1"), Clock.systemUTC()),
                    new LiveGalleryUpdates(reader));
            AtomicReference<PalmGallery> lastLoaded = new AtomicReference<>();
            try (CaptureLoopPalmReader palm = CaptureLoopPalmReader.start(
                    new SimulatedCameraDriver(new SyntheticScenes(PALMS, Background.cycle(1)).empty(5)),
                    CameraSettings.defaults().withDriver(CameraSettings.Driver.SIMULATED)
                            .withReopenBackoffMax(Duration.ofMillis(300)),
                    CaptureSettings.defaults(), engine, () -> {
                        lastLoaded.set(CachedPalmGallery.load(customers, PARAMETERS));
                        return lastLoaded.get();
                    })) {
                reader.set(palm);
                PalmGallery initial = lastLoaded.get();
                assertThat(initial.size()).isZero();

                sink.apply(List.of(profile("cus-dana", false, List.of(dana))));
                assertThat(initial.size()).isEqualTo(1);
                assertThat(initial.identify(engine.extract(PALMS.roi(2, 2), InputKind.ROI).template().orElseThrow())
                        .subject()).contains("cus-dana");

                sink.apply(List.of(profile("cus-dana", true, List.of())));
                assertThat(lastLoaded.get()).isNotSameAs(initial);
                assertThat(lastLoaded.get().size()).isZero();
                assertThat(customers.find("cus-dana")).isEmpty();
            }
        }
    }

    private static CustomerProfile profile(String id, boolean deleted, List<byte[]> templates) {
        return new CustomerProfile(id, "Dana Other", null, null, null, 0, !templates.isEmpty(), templates, deleted, AT);
    }
}
