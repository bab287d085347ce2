package com.palmpos.pos.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.store.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PulledMenuStoreTest {
    private static final String SMALL = """
            {"formatVersion":1,"name":"Harbour Noodles","currency":"%s","taxes":{"t":[]},
             "categories":[{"id":"bowls","name":"Bowls","icon":"B"}],
             "items":[{"id":"ramen","name":"Ramen","category":"bowls","icon":"B","price":"9.50","taxClass":"t"}]}
            """;

    @TempDir
    Path dir;
    private Database db;
    private PulledMenuStore store;
    private final MenuLoader loader = new MenuLoader();

    @BeforeEach
    void open() {
        db = Database.open(dir, null, "pos");
        store = new PulledMenuStore(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void startsFromTheMenuPulledForThisStoreOnly() {
        store.save("store-a", "v7", SMALL.formatted("USD"));

        assertThat(store.startMenu("store-a", loader).name()).isEqualTo("Harbour Noodles");
        assertThat(store.startMenu("store-b", loader).name()).isEqualTo(loader.loadDemo().name());
    }

    @Test
    void aNewerPullReplacesTheStoredMenu() {
        store.save("store-a", "v7", SMALL.formatted("USD"));
        store.save("store-a", "v8", SMALL.formatted("USD").replace("Ramen", "Udon"));

        assertThat(store.latest("store-a")).hasValueSatisfying(m -> assertThat(m.version()).isEqualTo("v8"));
        assertThat(store.startMenu("store-a", loader).item("ramen").orElseThrow().name()).isEqualTo("Udon");
    }

    @Test
    void aStoredMenuThatNoLongerLoadsFallsBackToTheBundledMenu() {
        store.save("store-a", "v9", "{\"formatVersion\":99}");

        assertThat(store.startMenu("store-a", loader).name()).isEqualTo(loader.loadDemo().name());
    }

    @Test
    void theRunningMenuRefusesAMenuInAnotherCurrencyAndKeepsItems86d() throws IOException {
        MenuService menus = new MenuService(db, parse(SMALL.formatted("USD")), Clock.systemUTC());
        List<Menu> announced = new ArrayList<>();
        menus.addListener(announced::add);
        menus.markUnavailable("ramen", "manager");

        assertThatThrownBy(() -> menus.replace(parse(SMALL.formatted("EUR")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR").hasMessageContaining("USD");
        Menu next = parse(SMALL.formatted("USD").replace("Ramen", "Shoyu ramen"));
        menus.replace(next);

        assertThat(menus.menu()).isSameAs(next);
        assertThat(announced).containsExactly(next);
        assertThat(menus.isAvailable("ramen")).isFalse();
    }

    private Menu parse(String json) throws IOException {
        return loader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
