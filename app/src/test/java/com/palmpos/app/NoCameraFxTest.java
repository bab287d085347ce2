package com.palmpos.app;

import static com.palmpos.app.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigLoader;
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
 * The default configuration (camera.driver=opencv) on a machine without a camera, as on CI and in the installer's
 * smoke test: the terminal starts, both screens say there is no camera, and the log has no ERROR line.
 */
class NoCameraFxTest {

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private final FxQueries fx = new FxQueries(robot);

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @Test
    void startsCleanlyWithoutACameraAndSaysSoOnBothScreens() throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        Files.writeString(data.resolve("palmpos.properties"), "terminal.name = Counter 9\n");
        Config config = new ConfigLoader(Map.of(), home).load(Optional.empty(), Optional.of(data));

        try (Terminal terminal = Terminal.open(config)) {
            CompletableFuture<Void> closed = terminal.shell().open();
            waitUntil(() -> fx.text("#camera-status").startsWith("No camera"));
            waitUntil(() -> fx.text("#companion-camera").startsWith("The palm reader is not available"));
            assertThat(fx.isShown("#companion-preview")).isFalse();
            terminal.shell().close();
            closed.get(20, TimeUnit.SECONDS);
        }

        assertThat(Files.readAllLines(config.dataDir().resolve("logs/palmpos.log")))
                .noneMatch(line -> line.contains(" ERROR "));
    }
}
