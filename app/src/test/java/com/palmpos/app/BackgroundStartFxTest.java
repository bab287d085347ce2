package com.palmpos.app;

import static com.palmpos.app.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigLoader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The terminal shows its cashier window before the cloud link and the palm reader start (they start after its first
 * frame), and a part of that background start-up that fails leaves the till selling and says why.
 */
class BackgroundStartFxTest {
    @TempDir
    Path home;

    private final FxQueries fx = new FxQueries(new FxRobot());

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    private Config config(String extra) throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        Files.writeString(data.resolve("palmpos.properties"),
                "ui.companion = false\ncamera.driver = simulated\n" + extra);
        return new ConfigLoader(Map.of(), home).load(Optional.empty(), Optional.of(data));
    }

    private String log(Config config) throws Exception {
        return Files.readString(config.dataDir().resolve("logs/palmpos.log"));
    }

    @Test
    void theCloudLinkAndThePalmReaderStartOnlyAfterTheCashierWindowShows() throws Exception {
        Config config = config("");
        try (Terminal terminal = Terminal.open(config)) {
            assertThat(terminal.backgroundDone()).as("nothing starts before the window").isNotDone();
            assertThat(log(config)).doesNotContain("Cloud link started").doesNotContain("Palm reader ready");

            CompletableFuture<Void> closed = terminal.shell().open();
            waitUntil(() -> fx.isShown("#counter-screen"));
            terminal.backgroundDone().get(60, TimeUnit.SECONDS);

            String log = log(config);
            int open = log.indexOf("PalmPOS shell open");
            assertThat(open).isNotNegative();
            assertThat(log.indexOf("Cloud link started")).isGreaterThan(open);
            assertThat(log.indexOf("Palm reader ready")).isGreaterThan(open);
            assertThat(log).contains("Background start-up complete");
            assertThat(terminal.enrollment()).isNotNull();
            waitUntil(() -> "Online".equals(fx.text("#sync-status")));
            terminal.shell().close();
            closed.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCloudLinkThatCannotStartLeavesTheTillSellingOfflineAndSaysWhy() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Config config = config("cloud.port = " + taken.getLocalPort() + "\n");
            try (Terminal terminal = Terminal.open(config)) {
                CompletableFuture<Void> closed = terminal.shell().open();
                waitUntil(() -> fx.isShown("#counter-screen"));
                terminal.backgroundDone().get(60, TimeUnit.SECONDS);

                waitUntil(() -> fx.text("#sync-status").startsWith("Offline"));
                assertThat(log(config)).contains("ERROR").contains("The cloud link did not start")
                        .contains("Palm reader ready");
                assertThatThrownBy(terminal::enrollment).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("did not start");
                assertThat(fx.isShown("#counter-screen")).as("the till still sells").isTrue();
                terminal.shell().close();
                closed.get(20, TimeUnit.SECONDS);
            }
        }
    }
}
