package com.palmpos.cloud.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.cloud.CloudEmulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code palmpos cloud admin ...} on an H2 cloud directory, checked through the cloud's real HTTP API. */
class CloudAdminCommandTest {
    private static final Pattern CODE = Pattern.compile("ACT-[0-9A-Z]{12}");

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    private record Run(int exit, String out, String err) {
    }

    /** The chain's cloud ran once (schema, demo store and its DEMO-0001 code), then stopped: it locks its directory. */
    @BeforeEach
    void cloudRanOnce() {
        CloudEmulator.start(0, dir.resolve("cloud")).close(Duration.ZERO);
    }

    private Run admin(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> line = new ArrayList<>(List.of("admin"));
        line.addAll(List.of(args));
        line.addAll(List.of("--data", dir.resolve("cloud").toString()));
        int exit = new CommandLine(new CloudCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(line.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private String issueCode(String store) {
        Run issued = admin("code", "issue", "--store", store, "--valid-hours", "2");
        assertThat(issued.exit()).as(issued.err()).isZero();
        Matcher m = CODE.matcher(issued.out());
        assertThat(m.find()).as(issued.out()).isTrue();
        return m.group();
    }

    @Test
    void aNewChainsStoreGetsATerminalWithAOneTimeCode() throws Exception {
        assertThat(admin("chain", "create", "--id", "north", "--name", "North Burgers").exit()).isZero();
        assertThat(admin("store", "create", "--chain", "north", "--id", "north-1", "--name", "North One").exit()).isZero();
        String code = issueCode("north-1");

        try (CloudEmulator cloud = CloudEmulator.start(0, dir.resolve("cloud"))) {
            assertThat(register(cloud, code.toLowerCase())).isEqualTo(404);
            HttpResponse<String> first = post(cloud, "/v1/terminals", null,
                    "{\"activationCode\":\"" + code + "\",\"terminalName\":\"till\"}");
            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(first.body()).contains("\"storeId\":\"north-1\"");
            assertThat(register(cloud, code)).isEqualTo(404);
            String token = first.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> settings = get(cloud, "/v1/stores/north-1/settings", token);
            assertThat(settings.body()).contains("\"name\":\"North One\"");
        }
    }

    @Test
    void listsTerminalsWithoutTokensAndRevokesOne() throws Exception {
        String token;
        String terminalId;
        try (CloudEmulator cloud = CloudEmulator.start(0, dir.resolve("cloud"))) {
            HttpResponse<String> registered = post(cloud, "/v1/terminals", null,
                    "{\"activationCode\":\"DEMO-0001\",\"terminalName\":\"front till\"}");
            token = registered.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            terminalId = registered.body().replaceAll(".*\"terminalId\":\"([^\"]+)\".*", "$1");
        }
        Run list = admin("terminal", "list", "--store", "demo-store");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains(terminalId).contains("front till").contains("active").doesNotContain(token)
                .contains("1 terminal(s)");

        Run revoke = admin("terminal", "revoke", "--id", terminalId);
        assertThat(revoke.exit()).isZero();
        assertThat(admin("terminal", "list").out()).contains("revoked");
        try (CloudEmulator cloud = CloudEmulator.start(0, dir.resolve("cloud"))) {
            assertThat(get(cloud, "/v1/stores/demo-store/menu", token).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void importsAMenuThatTerminalsThenPull() throws Exception {
        Path menu = dir.resolve("menu.json");
        Files.writeString(menu, "{\"storeId\":\"demo-store\",\"version\":\"2026-12-07\",\"currency\":\"EUR\","
                + "\"categories\":[{\"id\":\"drinks\",\"name\":\"Drinks\",\"items\":[{\"sku\":\"tea\",\"name\":\"Tea\","
                + "\"priceMinor\":250,\"available\":true}]}]}");
        Run imported = admin("menu", "import", "--store", "demo-store", "--file", menu.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        try (CloudEmulator cloud = CloudEmulator.start(0, dir.resolve("cloud"))) {
            String token = post(cloud, "/v1/terminals", null,
                    "{\"activationCode\":\"DEMO-0001\",\"terminalName\":\"till\"}").body()
                    .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            assertThat(get(cloud, "/v1/stores/demo-store/menu", token).body()).contains("2026-12-07").contains("Tea");
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("store", "create", "--chain", "nowhere", "--id", "s1", "--name", "S"), "no chain nowhere"),
                Arguments.of(List.of("chain", "create", "--id", "demo-chain", "--name", "Again"), "exists already"),
                Arguments.of(List.of("chain", "create", "--id", "bad id!", "--name", "X"), "1..40 letters"),
                Arguments.of(List.of("chain", "create", "--id", "c1", "--name", " "), "name must be 1..120"),
                Arguments.of(List.of("store", "create", "--chain", "demo-chain", "--id", "demo-store", "--name", "D"),
                        "store demo-store exists already"),
                Arguments.of(List.of("code", "issue", "--store", "nowhere"), "no store nowhere"),
                Arguments.of(List.of("code", "issue", "--store", "demo-store", "--valid-hours", "0"), "1..720"),
                Arguments.of(List.of("terminal", "revoke", "--id", "trm-unknown"), "no terminal trm-unknown"),
                Arguments.of(List.of("terminal", "list", "--store", "nowhere"), "no store nowhere"),
                Arguments.of(List.of("menu", "import", "--store", "demo-store", "--file", "missing.json"), "cannot read"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsRefusedWithOneSentence(List<String> args, String expected) {
        Run run = admin(args.toArray(String[]::new));
        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).startsWith("palmpos cloud admin: ").contains(expected)
                .doesNotContain("Exception").doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMenuOfTheWrongShapeOrStoreIsRefusedAndTheOldMenuKept() throws Exception {
        Path notJson = dir.resolve("bad.json");
        Files.writeString(notJson, "{\"storeId\": \"demo-store\", \"version\": ");
        Path otherStore = dir.resolve("other.json");
        Files.writeString(otherStore, "{\"storeId\":\"store-b\",\"version\":\"v9\",\"currency\":\"EUR\",\"categories\":[]}");

        Run broken = admin("menu", "import", "--store", "demo-store", "--file", notJson.toString());
        Run wrongStore = admin("menu", "import", "--store", "demo-store", "--file", otherStore.toString());

        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("not a PalmPOS menu").doesNotContain("\tat ");
        assertThat(wrongStore.err().strip()).isEqualTo("palmpos cloud admin: the menu is for store store-b, not"
                + " demo-store: fix its storeId or pass --store store-b");
        try (CloudEmulator cloud = CloudEmulator.start(0, dir.resolve("cloud"))) {
            String token = post(cloud, "/v1/terminals", null,
                    "{\"activationCode\":\"DEMO-0001\",\"terminalName\":\"till\"}").body()
                    .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            assertThat(get(cloud, "/v1/stores/demo-store/menu", token).body()).doesNotContain("\"v9\"");
        }
    }

    private int register(CloudEmulator cloud, String code) throws Exception {
        return post(cloud, "/v1/terminals", null, "{\"activationCode\":\"" + code + "\",\"terminalName\":\"till\"}")
                .statusCode();
    }

    private HttpResponse<String> post(CloudEmulator cloud, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cloud.url() + path))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(CloudEmulator cloud, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(cloud.url() + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
