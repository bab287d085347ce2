package com.palmpos.ui;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The start-up window says what the terminal is loading and goes away when asked, headless under Monocle. */
class StartupSplashFxTest {

    /** Stands in for the cashier window: closing the splash restores implicit exit, which would stop JavaFX. */
    private static Stage cashier;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        cashier = onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("cashier"), 200, 100));
            stage.show();
            return stage;
        });
    }

    @AfterAll
    static void closeCashier() {
        onFx(() -> {
            Platform.setImplicitExit(false);
            cashier.close();
            return null;
        });
    }

    @Test
    void showsTheStoreAndWhatIsLoadingThenCloses() throws Exception {
        StartupSplash splash = StartupSplash.show();
        Stage stage = splash.stage().get(20, TimeUnit.SECONDS);
        assertThat(splash.shownAfterMillis().get(20, TimeUnit.SECONDS)).isPositive();
        assertThat(onFx(stage::isShowing)).isTrue();
        assertThat(onFx(splash::shownStatus)).isEqualTo("Starting…");

        splash.storeName("Harbour Noodles");
        splash.status("Opening the database…");
        waitUntil(() -> "Opening the database…".equals(onFx(splash::shownStatus)));

        splash.close();
        waitUntil(() -> !onFx(stage::isShowing));
    }

    @Test
    void aSplashClosedBeforeItWasBuiltNeverShows() throws Exception {
        StartupSplash splash = StartupSplash.show("Harbour Noodles");
        splash.close();

        Stage stage = splash.stage().get(20, TimeUnit.SECONDS);
        // close() runs after the build on the FX thread: whichever came first, the window ends up hidden
        waitUntil(() -> !onFx(stage::isShowing));
    }
}
