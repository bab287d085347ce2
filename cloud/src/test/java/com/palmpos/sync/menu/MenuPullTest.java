package com.palmpos.sync.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.menu.PulledMenuStore;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.support.CloudFixture;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MenuPullTest {
    private static final String STORE = CloudFixture.STORE;
    /** A plain menu (no full document), version 2: one salad of the demo menu and a new soup. */
    private static final String PLAIN_V2 = """
            {"storeId":"demo-store","version":"v2","currency":"USD","categories":[
              {"id":"salads","name":"Salads","items":[
                {"sku":"harvest-salad","name":"Harvest salad","priceMinor":1150,"available":true}]},
              {"id":"soups","name":"Soups","items":[
                {"sku":"soup-of-the-day","name":"Soup of the day","priceMinor":595,"available":true},
                {"sku":"gazpacho","name":"Gazpacho","priceMinor":650,"available":false}]}]}""";

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();
    private final MenuLoader loader = new MenuLoader();
    private CloudFixture cloud;
    private Database db;
    private MenuService menus;
    private PulledMenuStore store;
    private MenuPull pull;
    private final List<Menu> announced = new ArrayList<>();

    @BeforeEach
    void start() {
        cloud = CloudFixture.start(dir.resolve("cloud"));
        db = Database.open(dir.resolve("terminal"), null, "pos");
        menus = new MenuService(db, loader.loadDemo(), clock);
        menus.addListener(announced::add);
        store = new PulledMenuStore(db, clock);
        pull = new MenuPull(cloud.client(), STORE, store, menus);
    }

    @AfterEach
    void stop() {
        db.close();
        cloud.close();
    }

    @Test
    void pullsTheStoresFullMenuKeepsItAndFindsItUnchangedNextTime() {
        MenuPull.Result first = pull.pullNow();

        assertThat(first.status()).isEqualTo(MenuPull.Status.UPDATED);
        assertThat(first.version()).isEqualTo("demo-1");
        assertThat(store.latest(STORE)).hasValueSatisfying(m -> assertThat(m.version()).isEqualTo("demo-1"));
        assertThat(menus.menu().items()).hasSameSizeAs(loader.loadDemo().items());
        assertThat(menus.menu().item("tomato-basil-soup").orElseThrow().hasSizes()).as("sizes survive").isTrue();
        assertThat(announced).hasSize(1);
        assertThat(pull.pullNow().status()).isEqualTo(MenuPull.Status.UNCHANGED);
        assertThat(announced).hasSize(1);
    }

    @Test
    void aNewVersionReplacesTheRunningMenuAndItemsThe86dStayOffSale() {
        pull.pullNow();
        menus.markUnavailable("harvest-salad", "manager");
        cloud.emulator().publishMenu(STORE, PLAIN_V2);

        MenuPull.Result result = pull.pullNow();

        assertThat(result.status()).as(result.detail()).isEqualTo(MenuPull.Status.UPDATED);
        Menu now = menus.menu();
        assertThat(now.items()).extracting(i -> i.id()).containsExactly("harvest-salad", "soup-of-the-day");
        assertThat(now.priceAt(STORE, now.item("soup-of-the-day").orElseThrow(), null).toPlainString())
                .isEqualTo("5.95");
        assertThat(menus.isAvailable("harvest-salad")).as("86'd by the manager before the refresh").isFalse();
        assertThat(menus.isAvailable("soup-of-the-day")).isTrue();
        assertThat(announced).last().isSameAs(now);
    }

    @Test
    void anOfflineStartSellsFromTheLastPulledMenuAndFromTheBundledOneIfNoneWasPulled() {
        assertThat(store.startMenu(STORE, loader).name()).isEqualTo(loader.loadDemo().name());
        pull.pullNow();
        cloud.emulator().publishMenu(STORE, PLAIN_V2);
        pull.pullNow();
        db.close();

        // a restart without the cloud: only the terminal's database is read
        db = Database.open(dir.resolve("terminal"), null, "pos");
        Menu started = new PulledMenuStore(db, clock).startMenu(STORE, loader);

        assertThat(started.item("soup-of-the-day")).isPresent();
        assertThat(started.item("tomato-basil-soup")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another currency      | {"storeId":"demo-store","version":"v3","currency":"EUR","categories":[{"id":"a","name":"A","items":[{"sku":"x","name":"X","priceMinor":100,"available":true}]}]} | in EUR
            another store         | {"storeId":"other-store","version":"v3","currency":"USD","categories":[{"id":"a","name":"A","items":[{"sku":"x","name":"X","priceMinor":100,"available":true}]}]} | store 'other-store'
            no version            | {"storeId":"demo-store","currency":"USD","categories":[{"id":"a","name":"A","items":[{"sku":"x","name":"X","priceMinor":100,"available":true}]}]} | no version
            nothing on sale       | {"storeId":"demo-store","version":"v3","currency":"USD","categories":[{"id":"a","name":"A","items":[{"sku":"x","name":"X","priceMinor":100,"available":false}]}]} | no items
            a negative price      | {"storeId":"demo-store","version":"v3","currency":"USD","categories":[{"id":"a","name":"A","items":[{"sku":"x","name":"X","priceMinor":-100,"available":true}]}]} | price
            a broken document     | {"storeId":"demo-store","version":"v3","currency":"USD","categories":[],"document":{"formatVersion":1,"name":"N","currency":"USD","taxes":{"t":[]},"categories":[],"items":[{"id":"x","name":"X","category":"nowhere","price":"1.00","taxClass":"t"}]}} | nowhere
            a document in EUR     | {"storeId":"demo-store","version":"v3","currency":"USD","categories":[],"document":{"currency":"EUR"}} | document is in 'EUR'
            """)
    void aBadMenuIsRefusedAndTheLastGoodMenuStays(String bad, String menuJson, String reason) {
        pull.pullNow();
        Menu good = menus.menu();
        cloud.emulator().publishMenu(STORE, menuJson);

        MenuPull.Result result = pull.pullNow();

        assertThat(result.status()).as(bad).isEqualTo(MenuPull.Status.REFUSED);
        assertThat(result.detail()).contains(reason);
        assertThat(menus.menu()).isSameAs(good);
        assertThat(store.latest(STORE)).hasValueSatisfying(m -> assertThat(m.version()).isEqualTo("demo-1"));
        assertThat(pull.pullNow().status()).as("refused again, not applied later").isEqualTo(MenuPull.Status.REFUSED);
    }

    @Test
    void aResponseThatIsNotJsonFailsThePullAndKeepsTheMenu() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(0);
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body("{\"storeId\":\"demo-store\",\"version\":").build());
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
                    .body("<html>captive portal</html>").build());
            try (CloudClient client = new CloudClient(SyncSettings.defaults(URI.create(server.url("/").toString()))
                    .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10)), () -> Optional.of("token"))) {
                MenuPull viaBadServer = new MenuPull(client, STORE, store, menus);
                Menu before = menus.menu();

                assertThatThrownBy(viaBadServer::pullNow).isInstanceOf(CloudException.class)
                        .hasMessageContaining("/menu");
                assertThatThrownBy(viaBadServer::pullNow).isInstanceOf(CloudException.class);

                assertThat(menus.menu()).isSameAs(before);
                assertThat(store.latest(STORE)).isEmpty();
            }
        }
    }
}
