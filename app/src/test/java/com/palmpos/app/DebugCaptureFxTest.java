package com.palmpos.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Camera frames reach the disk only in the debug mode a manager switches on, and then both screens say so (the
 * real terminal on the simulated camera). Off by default: {@link TerminalFxTest} checks no banner shows.
 */
class DebugCaptureFxTest {
    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();

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
            waitUntil(() -> isShown("#debug-capture-banner"));
            waitUntil(() -> isShown("#companion-debug-capture"));
            waitUntil(() -> pngs(data.resolve("debug-frames")) > 0);
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

    private boolean isShown(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(Node::getScene).isPresent());
    }

    private static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(query));
        } catch (TimeoutException e) {
            throw new AssertionError("FX thread did not answer within 20 s", e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }
}
