package com.palmpos.ui;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small "PalmPOS is starting" window shown while the terminal opens its store and builds its screens, so the
 * cashier sees something within a second of launch and what it is waiting for ({@link #status}). It starts the JavaFX
 * toolkit on a thread of its own (the toolkit's start then overlaps the command line's parsing and the database's
 * opening), uses no stylesheet (parsing the theme would delay it) and is closed by {@link TerminalShell} once the
 * cashier window is up. Thread-safe; the methods return at once.
 */
public final class StartupSplash {
    private final CompletableFuture<Stage> stage = new CompletableFuture<>();
    private final CompletableFuture<Long> shownAfter = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String storeText = "";
    private volatile String statusText = "Starting…";
    /** Made on the FX thread by {@link #build}: a control cannot exist before the toolkit. */
    private Label store;
    private Label status;

    private StartupSplash() {
    }

    /** Starts JavaFX and shows the splash; returns at once. The store's name can follow ({@link #storeName}). */
    public static StartupSplash show() {
        return show("");
    }

    /** Starts JavaFX and shows the splash with {@code storeName}; returns at once. */
    public static StartupSplash show(String storeName) {
        StartupSplash splash = new StartupSplash();
        splash.storeText = storeName == null ? "" : storeName;
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(() -> splash.stage.complete(splash.build()));
            } catch (IllegalStateException alreadyRunning) {
                Platform.runLater(() -> splash.stage.complete(splash.build()));
            } catch (RuntimeException noDisplay) {
                // no display: the shell will say so when it tries; the splash is only a courtesy
                log().warn("Start-up window not shown: {}", noDisplay.getMessage());
                splash.stage.completeExceptionally(noDisplay);
                splash.shownAfter.completeExceptionally(noDisplay);
            }
        }, "palmpos-splash");
        starter.setDaemon(true);
        starter.start();
        return splash;
    }

    // not a static field: the first logger sets up logback (a configuration file to parse), which must not delay
    // the toolkit's start
    private static Logger log() {
        return LoggerFactory.getLogger(StartupSplash.class);
    }

    /**
     * Prepares the screens' look while the store opens: parses the theme's stylesheets and makes the skins of the
     * controls the cashier window uses on a scene that is never shown (JavaFX keeps parsed stylesheets and loaded
     * classes), so building the cashier window afterwards costs less. Runs on the FX thread after the splash shows.
     */
    public void warmUp(Theme theme) {
        stage.thenAccept(s -> Platform.runLater(() -> {
            long begin = System.nanoTime();
            try {
                ScreenWarmUp.run(theme);
                log().debug("Screens warmed up in {} ms", (System.nanoTime() - begin) / 1_000_000);
            } catch (RuntimeException e) {
                // only a head start: the cashier window builds the same things again
                log().warn("Screen warm-up failed: {}", e.toString());
            }
        }));
    }

    private Stage build() {
        // the splash is the only window until the shell opens: JavaFX must not exit when it closes
        Platform.setImplicitExit(false);
        Label title = new Label("PalmPOS");
        title.setFont(Font.font(null, FontWeight.BOLD, 34));
        store = new Label(storeText);
        store.setFont(Font.font(16));
        status = new Label(statusText);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(36, 36);
        VBox box = new VBox(10, title, store, progress, status);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        box.setStyle("-fx-background-color: #1f2937; -fx-border-color: #374151; -fx-border-width: 1;");
        for (Label l : new Label[] {title, store, status}) {
            l.setStyle("-fx-text-fill: #f9fafb;");
        }
        Stage built = new Stage(StageStyle.UNDECORATED);
        built.setTitle("PalmPOS — starting");
        built.setScene(new Scene(box, 420, 240));
        built.setOnShown(e -> shownAfter.complete(ManagementFactory.getRuntimeMXBean().getUptime()));
        if (!closed.get()) {
            built.show();
        }
        return built;
    }

    /**
     * Completes with the JVM's uptime in ms when the splash was first on screen (exceptionally if there is no
     * display), for the start-up log line: the splash may show before the log file is set up.
     */
    public CompletableFuture<Long> shownAfterMillis() {
        return shownAfter;
    }

    /** Sets the store's name under the title (known once the configuration is read). */
    public void storeName(String name) {
        storeText = name == null ? "" : name;
        stage.thenAccept(s -> Platform.runLater(() -> store.setText(storeText)));
    }

    /** Says what the terminal is doing now, e.g. "Opening the database…"; also logged at DEBUG. */
    public void status(String text) {
        log().debug("Start-up: {}", text);
        statusText = text;
        stage.thenAccept(s -> Platform.runLater(() -> status.setText(statusText)));
    }

    /** What the splash's status line shows; read on the FX thread once built (tests). */
    String shownStatus() {
        return status.getText();
    }

    /** The splash's window once built (tests). */
    CompletableFuture<Stage> stage() {
        return stage;
    }

    /** Closes the splash (on the FX thread); call once the cashier window is showing. */
    public void close() {
        closed.set(true);
        stage.thenAccept(s -> Platform.runLater(() -> {
            s.close();
            Platform.setImplicitExit(true);
        }));
    }

    /** Closes the splash and stops JavaFX: the terminal could not be opened. */
    public void abandon() {
        closed.set(true);
        stage.whenComplete((s, failure) -> Platform.runLater(() -> {
            if (s != null) {
                s.close();
            }
            Platform.exit();
        }));
    }
}
