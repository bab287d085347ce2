package com.palmpos.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.sync.api.OrderUpload;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.cloud.CloudEmulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> orders, String out, String err) {
        List<String> ids() {
            return orders.stream().map(o -> o.path("order_id").asText()).toList();
        }

        List<String> content() {
            return orders.stream().map(o -> o.path("total").asText() + "/" + o.path("tender").asText()).toList();
        }
    }

    private static Run simulate(String... args) {
        return simulate(Map.of(), args);
    }

    private static Run simulate(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new SimulateCommand(environment)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        List<JsonNode> orders = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (line.startsWith("{\"order_id\"")) {
                try {
                    orders.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new Run(exit, orders, out.toString(), err.toString());
    }

    @Test
    void honoursTheMasterKeyOfTheEnvironmentAndWritesNoKeyFile() {
        String master = java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B');
        Path data = dir.resolve("terminal");
        try (CloudEmulator cloud = CloudEmulator.start(0, dir.resolve("cloud"))) {
            Run run = simulate(Map.of("PALMPOS_MASTER_KEY", master), "--orders", "2", "--cloud",
                    cloud.url().toString(), "--data", data.toString());
            assertThat(run.exit()).as(run.err()).isZero();
        }
        assertThat(data.resolve("keys.p12")).as("no key file beside a vault-supplied key").doesNotExist();
        char[] key = com.palmpos.pos.crypto.TerminalKeys.load(data, Optional.of(master)).databaseFileKey();
        try (com.palmpos.pos.store.Database db = com.palmpos.pos.store.Database.open(data, key, "pos", "sync")) {
            assertThat(db.dataDir()).isEqualTo(data.toAbsolutePath().normalize());
        }
    }

    @Test
    void ringsUpSeededOrdersAndTheCloudHoldsExactlyThemWithEqualTotals() {
        try (CloudEmulator cloud = CloudEmulator.start(0, dir.resolve("cloud"))) {
            Run run = simulate("--orders", "12", "--seed", "3", "--cloud", cloud.url().toString(),
                    "--data", dir.resolve("terminal").toString(), "--json");

            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            assertThat(run.orders()).hasSize(12);
            Map<String, OrderUpload> stored = cloudOrders(cloud);
            assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(run.ids());
            for (JsonNode order : run.orders()) {
                long minor = new BigDecimal(order.path("total").asText()).movePointRight(2).longValueExact();
                assertThat(stored.get(order.path("order_id").asText()).totalMinor()).isEqualTo(minor);
            }
            assertThat(run.orders()).extracting(o -> o.path("tender").asText()).contains("cash", "card");
            assertThat(run.out()).contains("\"pending\":0", "\"refused\":0");
        }
    }

    @Test
    void enrollsSomeCustomersAtTheCounterAndTheCloudHoldsThemWithTheirOrders() {
        try (CloudEmulator cloud = CloudEmulator.start(0, dir.resolve("cloud"))) {
            Run run = simulate("--orders", "30", "--seed", "5", "--cloud", cloud.url().toString(),
                    "--data", dir.resolve("terminal").toString(), "--json");

            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            List<JsonNode> enrolled = run.orders().stream().filter(o -> o.has("enrolled_customer")).toList();
            assertThat(enrolled).isNotEmpty();
            Map<String, OrderUpload> stored = cloudOrders(cloud);
            for (JsonNode order : enrolled) {
                assertThat(stored.get(order.path("order_id").asText()).customerId())
                        .isEqualTo(order.path("enrolled_customer").asText());
            }
            // the enrollments went through the outbox too: nothing pending, nothing refused
            assertThat(run.out()).contains("\"pending\":0", "\"refused\":0");
        }
    }

    @Test
    void aRegisteredTerminalStartsOfflineWhenTheCloudIsDownAndItsOrdersSyncLater() {
        Path cloudDir = dir.resolve("cloud");
        String data = dir.resolve("terminal").toString();
        String downUrl;
        try (CloudEmulator cloud = CloudEmulator.start(0, cloudDir)) {
            Run registered = simulate("--orders", "1", "--cloud", cloud.url().toString(), "--data", data);
            assertThat(registered.exit()).as(registered.out() + registered.err()).isZero();
            downUrl = cloud.url().toString();
        }

        // nothing listens there any more: start-up retries for a second, then sells offline instead of exiting
        Run offline = simulate("--orders", "4", "--seed", "8", "--cloud", downUrl, "--data", data,
                "--start-timeout", "1", "--drain-timeout", "1", "--json");
        assertThat(offline.err()).doesNotContain("simulate stopped");
        assertThat(offline.orders()).hasSize(4);
        assertThat(offline.exit()).as("orders still queued for the cloud").isEqualTo(1);
        assertThat(offline.out()).doesNotContain("\"pending\":0,");

        try (CloudEmulator cloud = CloudEmulator.start(0, cloudDir)) {
            Run later = simulate("--orders", "0", "--cloud", cloud.url().toString(), "--data", data, "--json");
            assertThat(later.exit()).as(later.out() + later.err()).isZero();
            assertThat(cloudOrders(cloud).keySet()).containsAll(offline.ids());
        }
    }

    @Test
    void reRunOnTheSameDataDirectoryAddsNewOrdersWithTheSameSeededContent() throws IOException {
        String data = dir.resolve("terminal").toString();
        Run first = simulate("--orders", "6", "--seed", "11", "--data", data);
        Run second = simulate("--orders", "6", "--seed", "11", "--data", data, "--ring-first", "--json");

        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(second.content()).isEqualTo(first.content());
        assertThat(second.ids()).doesNotContainAnyElementsOf(first.ids());
        assertThat(second.out()).contains("\"pending\":0", "\"backlogOrders\":6,", "\"ordersPerSecond\":",
                "\"messagesPerSecond\":").doesNotContain("\"backlog\":0,");
        Path store = dir.resolve("terminal").resolve("cloud");
        byte[] file = java.nio.file.Files.readAllBytes(store.resolve("palmpos.mv.db"));
        assertThat(new String(file, 0, 9, java.nio.charset.StandardCharsets.US_ASCII))
                .as("the embedded cloud's store is encrypted like the terminal's").isEqualTo("H2encrypt");
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("a seeded customer's name in the clear").doesNotContain("Alice Martin");
        char[] key = com.palmpos.pos.crypto.TerminalKeys.load(dir.resolve("terminal"), Optional.empty())
                .emulatorFileKey();
        try (CloudEmulator cloud = CloudEmulator.start(0, store, null, java.time.Clock.systemUTC(), key)) {
            List<String> all = new ArrayList<>(first.ids());
            all.addAll(second.ids());
            assertThat(cloudOrders(cloud).keySet()).containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void anUnregisteredTerminalFailsWithASentenceWhenTheCloudCannotBeReached() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Run run = simulate("--orders", "1", "--cloud", "http://127.0.0.1:" + port, "--data", dir.toString(),
                "--start-timeout", "1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("simulate stopped: ").contains("cannot reach the cloud");
        assertThat(run.orders()).isEmpty();
    }

    @Test
    void refusesANegativeOrderCountWithAUsageError() {
        Run run = simulate("--orders", "-1", "--data", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--orders must be >= 0");
    }

    private static Map<String, OrderUpload> cloudOrders(CloudEmulator cloud) {
        AtomicReference<String> token = new AtomicReference<>();
        try (CloudClient client = new CloudClient(SyncSettings.defaults(cloud.url()), () -> Optional.ofNullable(token.get()))) {
            TerminalRegistration checker = client.register(new RegisterTerminalRequest("DEMO-0001", "checker"),
                    UUID.randomUUID().toString());
            token.set(checker.token());
            return client.orders(checker.storeId(), null, 1000).orders().stream()
                    .collect(Collectors.toMap(OrderUpload::orderId, Function.identity()));
        }
    }
}
