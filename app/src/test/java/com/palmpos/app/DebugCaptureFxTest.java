package com.palmpos.app;

import static com.palmpos.app.FxQueries.waitUntil;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Camera frames reach the disk only in the debug mode a manager switches on, and then both screens say so (the
 * real terminal on the simulated camera). Off by default: {@link TerminalFxTest} checks no banner shows.
 */
class DebugCaptureFxTest {
    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private final FxQueries fx = new FxQueries(robot);
    /** The first frames of a freshly started terminal can take a while on a busy machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @Test
    void debugCaptureWritesFramesAndBothScreensSaySo() throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        Files.writeString(data.resolve("palmpos.properties"),
                "camera.driver = simulated\ncamera.debug-capture = true\nui.companion = true\n");
        Config config = new ConfigLoader(Map.of(), home).load(Optional.empty(), Optional.of(data));
        try (Terminal terminal = Terminal.open(config)) {
            CompletableFuture<Void> closed = terminal.shell().open();
            waitUntil(() -> fx.isShown("#debug-capture-banner"), PATIENCE);
            waitUntil(() -> fx.isShown("#companion-debug-capture"), PATIENCE);
            waitUntil(() -> pngs(data.resolve("debug-frames")) > 0, PATIENCE);
            terminal.shell().close();
            closed.get(20, TimeUnit.SECONDS);
        }
    }

    private static long pngs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".png")).count();
        }
    }
}
