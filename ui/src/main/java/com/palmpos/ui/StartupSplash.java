package com.palmpos.ui;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
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
 * The small "PalmPOS is starting" window shown while the terminal opens its store, cloud link and camera, so the
 * cashier sees something within a second of launch. It starts the JavaFX toolkit on a thread of its own (the
 * toolkit's start then overlaps the database's), uses no stylesheet (parsing the theme would delay it) and is closed
 * by {@link TerminalShell} once the cashier window is up. Thread-safe; the methods return at once.
 */
public final class StartupSplash {
    private static final Logger LOG = LoggerFactory.getLogger(StartupSplash.class);

    private final CompletableFuture<Stage> stage = new CompletableFuture<>();

    private StartupSplash() {
    }

    /** Starts JavaFX and shows the splash; returns at once. */
    public static StartupSplash show(String storeName) {
        StartupSplash splash = new StartupSplash();
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(() -> splash.stage.complete(build(storeName)));
            } catch (IllegalStateException alreadyRunning) {
                Platform.runLater(() -> splash.stage.complete(build(storeName)));
            } catch (RuntimeException noDisplay) {
                // no display: the shell will say so when it tries; the splash is only a courtesy
                LOG.warn("Start-up window not shown: {}", noDisplay.getMessage());
                splash.stage.completeExceptionally(noDisplay);
            }
        }, "palmpos-splash");
        starter.setDaemon(true);
        starter.start();
        return splash;
    }

    private static Stage build(String storeName) {
        // the splash is the only window until the shell opens: JavaFX must not exit when it closes
        Platform.setImplicitExit(false);
        Label title = new Label("PalmPOS");
        title.setFont(Font.font(null, FontWeight.BOLD, 34));
        Label store = new Label(storeName);
        store.setFont(Font.font(16));
        Label starting = new Label("Starting…");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(36, 36);
        VBox box = new VBox(10, title, store, progress, starting);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        box.setStyle("-fx-background-color: #1f2937; -fx-border-color: #374151; -fx-border-width: 1;");
        for (Label l : new Label[] {title, store, starting}) {
            l.setStyle("-fx-text-fill: #f9fafb;");
        }
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.setTitle("PalmPOS — starting");
        stage.setScene(new Scene(box, 420, 240));
        stage.setOnShown(e -> LOG.info("Start-up window shown {} ms after JVM start",
                ManagementFactory.getRuntimeMXBean().getUptime()));
        stage.show();
        return stage;
    }

    /** Closes the splash (on the FX thread); call once the cashier window is showing. */
    public void close() {
        stage.thenAccept(s -> Platform.runLater(() -> {
            s.close();
            Platform.setImplicitExit(true);
        }));
    }

    /** Closes the splash and stops JavaFX: the terminal could not be opened. */
    public void abandon() {
        stage.whenComplete((s, failure) -> Platform.runLater(() -> {
            if (s != null) {
                s.close();
            }
            Platform.exit();
        }));
    }
}
