package com.palmpos.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKeys;
import com.palmpos.app.config.ConfigLoader;
import com.palmpos.pos.payment.OfflineSettings;
import com.palmpos.pos.settings.TerminalSettingStore;
import com.palmpos.pos.store.Database;
import com.palmpos.scanner.Parameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedSettingsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path dir;

    @Test
    void savedValuesWinOverTheConfigurationFileAndAbsentOnesLeaveIt() throws Exception {
        Path file = Files.writeString(dir.resolve("palmpos.properties"), "store.name=From File\ncamera.device=1\n");
        Config config = new ConfigLoader(Map.of(), dir).load(Optional.of(file), Optional.of(dir.resolve("data")));
        try (Database db = Database.open(dir.resolve("db"), null, "pos")) {
            new TerminalSettingStore(db, Clock.systemUTC()).putAll(Map.of("store.name", "Harbour Noodles",
                    "offline.total-limit", "600.00", "palm.false-match-rate", "0.00001"), "manager");
            SavedSettings saved = SavedSettings.load(new TerminalSettingStore(db, Clock.systemUTC()));

            assertThat(saved.text(ConfigKeys.STORE_NAME, config)).isEqualTo("Harbour Noodles");
            assertThat(saved.text(ConfigKeys.CAMERA_DEVICE, config)).isEqualTo("1");
            OfflineSettings offline = saved.offline(OfflineSettings.defaults(), EUR);
            assertThat(offline.totalOutstandingMinor()).isEqualTo(600_00);
            assertThat(offline.perPaymentLimitMinor()).isEqualTo(OfflineSettings.defaults().perPaymentLimitMinor());
            assertThat(saved.engine(Parameters.defaults()).targetFalseMatchRate()).isEqualTo(1e-5);
        }
    }

    @Test
    void unreadableSavedValuesAreIgnored() {
        SavedSettings saved = new SavedSettings(Map.of("offline.per-payment-limit", "lots",
                "palm.false-match-rate", "0.5"));

        assertThat(saved.offline(OfflineSettings.defaults(), EUR)).isEqualTo(OfflineSettings.defaults());
        assertThat(saved.engine(Parameters.defaults())).isEqualTo(Parameters.defaults());
    }
}
