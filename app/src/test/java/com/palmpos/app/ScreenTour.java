package com.palmpos.app;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the real terminal (composition root, encrypted H2, embedded cloud emulator, simulated camera playing the
 * demo customers' hands) through every screen and writes a PNG of the cashier window and the customer display at
 * each stop, for the README. Headless (Monocle) under Maven:
 *
 * <pre>mvn -B -pl app -am -Pscreenshots process-test-classes -Dscreenshots.dir=$PWD/docs/screenshots</pre>
 *
 * A stop that cannot be reached is reported and skipped; the exit code says how many were missed.
 */
public final class ScreenTour {

    private final Path out;
    private final FxRobot robot = new FxRobot();
    private final List<String> missed = new ArrayList<>();

    private ScreenTour(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ScreenTour OUTPUT_DIRECTORY");
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        ScreenTour tour = new ScreenTour(out);
        tour.run(config("light", "en"), "");
        tour.run(config("dark", "de"), "de-dark-");
        tour.offline(config("light", "en", "cloud.url = http://127.0.0.1:9"));
        System.err.println("screen tour: missed " + tour.missed.size() + " " + tour.missed);
        System.exit(tour.missed.isEmpty() ? 0 : 1);
    }

    private static Config config(String theme, String locale, String... more) throws IOException {
        Path home = Files.createTempDirectory("palmpos-tour");
        Path data = Files.createDirectories(home.resolve("data"));
        List<String> lines = new ArrayList<>(List.of("terminal.name = Counter 1", "camera.driver = simulated",
                "ui.theme = " + theme, "ui.locale = " + locale));
        lines.addAll(List.of(more));
        lines.add("");
        Files.writeString(data.resolve("palmpos.properties"), String.join("\n", lines));
        return new ConfigLoader(Map.of(), home).load(Optional.empty(), Optional.of(data));
    }

    private void run(Config config, String prefix) throws Exception {
        try (Terminal terminal = Terminal.open(config)) {
            var closed = terminal.shell().open();
            waitUntil(() -> isShown("#counter-screen"), 60);
            waitUntil(() -> !text("#sync-status").isBlank() && !text("#sync-status").startsWith("Not"), 60);
            stop(prefix + "counter-idle", true, () -> { });
            stop(prefix + "counter-recognised", true,
                    () -> waitUntil(() -> anyText("Welcome back") || anyText("Willkommen zur\u00fcck"), 120));
            if (prefix.isEmpty()) {
                counterTour();
                enrollmentTour();
            }
            stop(prefix + "manager-pin", false, () -> robot.clickOn("#manager-button"));
            stop(prefix + "manager-home", false, () -> {
                typeDigits("1234");
                waitUntil(() -> isShown("#pin-prompt") && !isShown("#manager-tiles"), 20);
                typeDigits("4821");
                typeDigits("4821");
                waitUntil(() -> isShown("#manager-tiles"), 30);
            });
            if (prefix.isEmpty()) {
                String[] pages = {"settings", "menu", "shift", "orders", "privacy", "sync", "audit"};
                for (int i = 0; i < pages.length; i++) {
                    KeyCode key = KeyCode.valueOf("F" + (i + 1));
                    String page = pages[i];
                    stop("manager-" + page, false, () -> {
                        robot.type(key);
                        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
                    });
                    robot.type(KeyCode.ESCAPE);
                    WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
                }
            }
            Platform.runLater(() -> cashier().close());
            closed.get(30, TimeUnit.SECONDS);
        }
    }

    /** The terminal whose cloud cannot be reached (nothing listens on port 9): the offline banner, selling on. */
    private void offline(Config config) throws Exception {
        try (Terminal terminal = Terminal.open(config)) {
            var closed = terminal.shell().open();
            waitUntil(() -> isShown("#counter-screen"), 60);
            stop("counter-offline", false, () -> {
                waitUntil(() -> isShown("#offline-banner"), 60);
                robot.clickOn("#category-drinks");
                robot.clickOn("#menu-item-lemonade");
                WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            });
            Platform.runLater(() -> cashier().close());
            closed.get(30, TimeUnit.SECONDS);
        }
    }

    private void counterTour() {
        stop("counter-order", true, () -> {
            robot.clickOn("#category-drinks");
            robot.clickOn("#menu-item-lemonade");
            WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
            robot.clickOn("#category-bakery");
            robot.clickOn("#menu-item-blueberry-muffin");
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        });
        stop("counter-item-choice", false, () -> {
            robot.clickOn("#category-soups");
            robot.clickOn("#menu-item-tomato-basil-soup");
            waitUntil(() -> isShown("#item-choice"), 20);
        });
        robot.type(KeyCode.ESCAPE);
        stop("counter-meal-deal", false, () -> {
            robot.clickOn("#category-meal-deals");
            robot.clickOn("#menu-item-you-pick-two");
            waitUntil(() -> isShown("#meal-deal"), 20);
        });
        robot.type(KeyCode.ESCAPE);
        stop("counter-note", false, () -> {
            robot.type(KeyCode.F5);
            waitUntil(() -> isShown("#note-sheet"), 20);
        });
        robot.type(KeyCode.ESCAPE);
        stop("counter-open-orders", false, () -> {
            robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
            waitUntil(() -> isShown("#open-orders"), 20);
            WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        });
        robot.type(KeyCode.ESCAPE);
        stop("counter-payment", true, () -> {
            robot.type(KeyCode.F9);
            waitUntil(() -> isShown("#payment"), 20);
        });
        stop("counter-palm-pay", true, () -> {
            fire("#pay-palm");
            waitUntil(() -> isShown("#payment-palm-wait") || isShown("#payment-receipt")
                    || isShown("#payment-second-factor"), 20);
        });
        stop("counter-receipt", true, () -> {
            // the demo camera shows the next customer's hand before this one comes back: pay cash instead
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> isShown("#quick-cash-0"), 20);
            fire("#quick-cash-0");
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            if (!isShown("#payment-receipt")) {
                fire("#pay-cash");
            }
            waitUntil(() -> isShown("#payment-receipt"), 30);
        });
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
    }

    private void enrollmentTour() {
        stop("enrollment-consent", true, () -> {
            robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
            WaitForAsyncUtils.sleep(2000, TimeUnit.MILLISECONDS);
        });
        stop("enrollment-capture", true, () -> {
            fire("#consent-accept");
            WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        });
        leave();
        stop("pre-enrollment", true, () -> {
            robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
            waitUntil(() -> isShown("#pre-keypad"), 20);
            robot.type(KeyCode.H, KeyCode.J, KeyCode.K, KeyCode.M);
        });
        leave();
        // a recognised member sees their points; an anonymous sale would get the member search
        stop("loyalty", true, () -> {
            robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
            waitUntil(() -> isShown("#loyalty-query") || isShown("#loyalty-points"), 20);
        });
        leave();
    }

    /** Leaves an enrollment screen (Escape, then confirms giving up when asked). */
    private void leave() {
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        if (!isShown("#counter-screen")) {
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Fires a button wherever it is: the customer display shares the headless screen with the cashier window on top,
     * so its buttons cannot be clicked at screen coordinates.
     */
    private void fire(String query) {
        onFx(() -> {
            robot.lookup(query).queryButton().fire();
            return null;
        });
    }

    /** Runs {@code action}, then writes the cashier window (and the customer display when asked). */
    private void stop(String name, boolean withCompanion, ThrowingRunnable action) {
        try {
            action.run();
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
            write(cashier().getScene(), out.resolve(name + ".png"));
            if (withCompanion) {
                companion().ifPresent(c -> write(c.getScene(), out.resolve(name + "-companion.png")));
            }
        } catch (Exception | AssertionError e) {
            missed.add(name);
            Path seen = Path.of(System.getProperty("java.io.tmpdir"), "palmpos-tour-missed-" + name + ".png");
            System.err.println("screen tour: could not reach " + name + ": " + e + " (screen then: " + seen + ")");
            try {
                write(cashier().getScene(), seen);
            } catch (RuntimeException | AssertionError ignored) {
                // the window itself is gone: the message above says enough
            }
        }
    }

    private void write(Scene scene, Path target) {
        onFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", target.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private Stage cashier() {
        return onFx(() -> Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(s -> s.isShowing() && s.getTitle() != null && s.getTitle().startsWith("PalmPOS")
                        && !s.getTitle().contains("("))
                .findFirst().orElseThrow(() -> new IllegalStateException("no cashier window")));
    }

    private Optional<Stage> companion() {
        return onFx(() -> Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(s -> s.isShowing() && s.getTitle() != null && s.getTitle().contains("("))
                .findFirst());
    }

    private void typeDigits(String digits) {
        for (char digit : digits.toCharArray()) {
            robot.type(KeyCode.valueOf("DIGIT" + digit));
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
    }

    private boolean anyText(String fragment) {
        return onFx(() -> Window.getWindows().stream().map(Window::getScene).filter(s -> s != null)
                .flatMap(s -> s.getRoot().lookupAll(".label").stream())
                .anyMatch(n -> n instanceof Labeled l && l.getText() != null && l.getText().contains(fragment)));
    }

    private String text(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse(""));
    }

    private boolean isShown(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().filter(ScreenTour::visibleInScene).isPresent());
    }

    /** In a scene and neither it nor a parent hidden (screens not current stay in the scene, invisible). */
    private static boolean visibleInScene(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(query));
        } catch (TimeoutException e) {
            throw new AssertionError("FX thread did not answer within 20 s", e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("not reached within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
