package com.palmpos.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for start-up figures: the least a JavaFX program can do (start the toolkit, show one window with a
 * label) on the same JVM, class path and display, printing how many ms after JVM start the window was shown.
 * {@code app/src/test/sh/startup-bench.sh} runs it beside the terminal and reports the ratio.
 */
public final class StartupFloor {
    private StartupFloor() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("floor"), 420, 240));
            stage.setOnShown(e -> {
                System.out.println("Floor window shown " + ManagementFactory.getRuntimeMXBean().getUptime()
                        + " ms after JVM start");
                Platform.runLater(Platform::exit);
            });
            stage.show();
        });
    }
}
