package com.palmpos.app;

import static com.palmpos.app.FxQueries.onFx;
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
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real terminal, wired as {@code palmpos gui} wires it (encrypted H2 file, staff accounts, shell), driven
 * headless with the embedded cloud emulator: cashier -> manager with the default PIN -> forced change -> back; the new PIN survives a restart.
 */
class TerminalFxTest {
    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private final FxQueries fx = new FxQueries(robot);

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    private Config config() throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        Files.writeString(data.resolve("palmpos.properties"), "terminal.name = Counter 3\nui.companion = false\ncamera.driver = simulated\n");
        return new ConfigLoader(Map.of(), home).load(Optional.empty(), Optional.of(data));
    }

    @Test
    void managerChangesTheDefaultPinAtFirstLoginAndTheNewPinSurvivesARestart() throws Exception {
        Config config = config();
        try (Terminal terminal = Terminal.open(config)) {
            CompletableFuture<Void> closed = terminal.shell().open();
            waitUntil(() -> fx.isShown("#counter-screen"));
            assertThat(cashierTitle()).isEqualTo("PalmPOS \u2014 Counter 3");
            assertThat(fx.isShown("#debug-capture-banner")).as("camera frames are not saved by default").isFalse();
            // the embedded cloud emulator starts with the terminal; registration and the first sync round follow
            waitUntil(() -> "Online".equals(fx.text("#sync-status")));

            robot.clickOn("#manager-button");
            typePin("1234");
            waitUntil(() -> "Enter a new PIN".equals(fx.text("#pin-prompt")));
            typePin("4821");
            waitUntil(() -> "Enter the new PIN again".equals(fx.text("#pin-prompt")));
            typePin("4821");
            waitUntil(() -> fx.isShown("#manager-home"));
            assertThat(fx.text("#manager-notice")).isEqualTo("PIN changed.");

            robot.clickOn("#lock");
            waitUntil(() -> fx.isShown("#counter-screen"));
            terminal.shell().close();
            closed.get(20, TimeUnit.SECONDS);
        }

        try (Terminal restarted = Terminal.open(config)) {
            CompletableFuture<Void> closed = restarted.shell().open();
            waitUntil(() -> fx.isShown("#counter-screen"));
            robot.push(KeyCode.F12);
            typePin("1234");
            waitUntil(() -> fx.text("#pin-message").startsWith("Wrong PIN"));
            typePin("4821");
            waitUntil(() -> fx.isShown("#manager-home"));
            robot.push(KeyCode.ESCAPE);
            waitUntil(() -> fx.isShown("#counter-screen"));
            restarted.shell().close();
            closed.get(20, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(config.dataDir().resolve("logs/palmpos.log")))
                .doesNotContain("4821").doesNotContain("1234");
    }

    private void typePin(String digits) {
        for (char digit : digits.toCharArray()) {
            robot.type(KeyCode.valueOf("DIGIT" + digit));
        }
        robot.type(KeyCode.ENTER);
    }

    private static String cashierTitle() {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.isShowing())
                .map(w -> ((Stage) w).getTitle())
                .filter(t -> t != null && t.startsWith("PalmPOS"))
                .findFirst().orElse(""));
    }
}
