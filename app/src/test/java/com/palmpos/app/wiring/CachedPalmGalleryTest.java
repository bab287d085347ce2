package com.palmpos.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.store.Database;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A customer cached on the terminal is identified from the H2 cache alone: no cloud, no network. */
class CachedPalmGalleryTest {
    private static final SyntheticPalms PALMS = new SyntheticPalms(11);
    private final PalmEngine engine = new PalmEngine(Parameters.defaults());

    @TempDir
    Path dataDir;

    private PalmTemplate template(int subject, int sample) {
        return engine.extract(PALMS.roi(subject, sample), InputKind.ROI).template()
                .orElseThrow(() -> new AssertionError("synthetic palm " + subject + "/" + sample + " not extracted"));
    }

    private static CustomerProfile customer(String id, String name) {
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        return new CustomerProfile(id, name, name, null, Set.of(), Set.of(), null, 0, at, 1, at);
    }

    @Test
    void identifiesACachedCustomerAndNobodyElseFromTheStoreAlone() {
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(dataDir, null, "pos")) {
            CustomerStore customers = new CustomerStore(database, clock, cipher());
            customers.upsert(customer("cus-anna", "Anna"));
            customers.upsert(customer("cus-ben", "Ben"));
            customers.upsert(customer("cus-broken", "Broken"));
            customers.savePalmTemplate("cus-anna", template(2, 1).toBytes());
            customers.savePalmTemplate("cus-ben", template(3, 1).toBytes());
            customers.savePalmTemplate("cus-broken", new byte[] {9, 9, 9, 9});
        }
        try (Database reopened = Database.open(dataDir, null, "pos")) {
            PalmGallery gallery = CachedPalmGallery.load(new CustomerStore(reopened, clock, cipher()), Parameters.defaults());

            assertThat(gallery.size()).isEqualTo(2);
            assertThat(gallery.identify(template(2, 2)).subject()).contains("cus-anna");
            assertThat(gallery.identify(template(5, 1)).subject()).isEmpty();
        }
    }

    /** The template key from the data directory's own key store, as the terminal uses it. */
    private com.palmpos.pos.crypto.TemplateCipher cipher() {
        return com.palmpos.pos.crypto.TerminalKeys.load(dataDir, java.util.Optional.empty()).templateCipher();
    }
}
