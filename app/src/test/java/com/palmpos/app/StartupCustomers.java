package com.palmpos.app;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigLoader;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fills a terminal's data directory with N cached customers, each with a sealed palm template, through the real
 * {@link CustomerStore} (per-customer keys, AES-GCM, encrypted H2 file), for the start-up bench at 10k and 100k
 * customers: {@code java -cp target/test-classes:target/palmpos.jar com.palmpos.app.StartupCustomers DIR N}. The
 * templates are extracted from 32 synthetic palms and repeated (loading a template costs the same whoever it is).
 * Idempotent per customer id, so an interrupted run can be started again.
 */
public final class StartupCustomers {
    private static final int DISTINCT_PALMS = 32;

    private StartupCustomers() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Config config = new ConfigLoader(Map.of(), data.getParent()).load(Optional.empty(), Optional.of(data));
        TerminalStorage.prepare(config);
        PalmEngine engine = new PalmEngine(Parameters.defaults());
        SyntheticPalms palms = new SyntheticPalms(15);
        List<byte[]> templates = new ArrayList<>();
        for (int subject = 0; templates.size() < DISTINCT_PALMS; subject++) {
            engine.extract(palms.roi(subject, 1), InputKind.ROI).template()
                    .ifPresent(t -> templates.add(t.toBytes()));
        }
        long start = System.nanoTime();
        try (TerminalStorage.Opened storage = TerminalStorage.open(config)) {
            Clock clock = Clock.systemUTC();
            CustomerStore customers = new CustomerStore(storage.database(), clock, storage.keys().templateCipher());
            Instant at = Instant.parse("2026-12-01T10:00:00Z");
            for (int i = 0; i < count; i++) {
                String id = String.format("cus-bench-%06d", i);
                if (customers.upsert(new CustomerProfile(id, "Bench " + i, "Bench " + i, null, Set.of(), Set.of(),
                        null, 0, at, 1, at))) {
                    customers.savePalmTemplate(id, templates.get(i % templates.size()));
                }
                if ((i + 1) % 5000 == 0) {
                    System.out.printf("%d customers, %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                }
            }
        }
        System.out.printf("%d customers with palm templates in %s, %.0f s%n", count, data,
                (System.nanoTime() - start) / 1e9);
    }
}
