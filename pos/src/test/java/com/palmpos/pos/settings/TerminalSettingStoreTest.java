package com.palmpos.pos.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalSettingStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsSurviveAReopenAndLaterValuesWin() {
        try (Database db = Database.open(dir, null, "pos")) {
            TerminalSettingStore store = new TerminalSettingStore(db, Clock.systemUTC());
            store.putAll(Map.of("store.name", "Harbour", "terminal.name", "Counter 2"), "manager");
            store.putAll(Map.of("store.name", "Harbour Noodles"), "manager");
        }
        try (Database db = Database.open(dir, null, "pos")) {
            assertThat(new TerminalSettingStore(db, Clock.systemUTC()).all())
                    .containsExactly(Map.entry("store.name", "Harbour Noodles"), Map.entry("terminal.name", "Counter 2"));
        }
    }

    @Test
    void refusesATooLongValueAndStoresNothingOfTheBatch() {
        try (Database db = Database.open(dir, null, "pos")) {
            TerminalSettingStore store = new TerminalSettingStore(db, Clock.systemUTC());

            assertThatThrownBy(() -> store.putAll(Map.of("store.name", "ok", "cloud.url", "x".repeat(401)), "m"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cloud.url");
            assertThat(store.all()).isEmpty();
        }
    }
}
