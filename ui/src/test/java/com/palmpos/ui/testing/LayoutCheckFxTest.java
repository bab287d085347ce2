package com.palmpos.ui.testing;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;

/** The layout check finds a label cut to an ellipsis, controls drawn over each other and a control past the window. */
@ExtendWith(FxWatchdogExtension.class)
class LayoutCheckFxTest {

    private Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @AfterEach
    void close() {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void aLabelCutToAnEllipsisIsFound() {
        Label cut = new Label("Willkommen zur\u00fcck, Anna");
        cut.setId("greeting");
        cut.setMaxWidth(60);
        Label fits = new Label("Hi");

        List<String> problems = check(new VBox(cut, fits), 400, 200);

        assertThat(problems).singleElement().asString().startsWith("truncated: #greeting shows '");
    }

    @Test
    void controlsDrawnOverEachOtherAreFound() {
        Button pay = new Button("Pay");
        pay.setId("pay");
        Button discount = new Button("Discount");
        discount.setId("discount");
        discount.relocate(10, 5);
        Pane pane = new Pane(pay, discount);

        assertThat(check(pane, 400, 200)).containsExactly("overlap: #pay and #discount");
    }

    @Test
    void aControlPastTheWindowIsFound() {
        Button far = new Button("Far away");
        far.setId("far");
        far.relocate(380, 10);

        assertThat(check(new Pane(far), 400, 200)).singleElement().asString()
                .startsWith("outside the window: #far ends at ");
    }

    @Test
    void aTidyScreenHasNoProblems() {
        assertThat(check(new VBox(8, new Label("Order No. 12"), new Button("Pay")), 400, 200)).isEmpty();
    }

    private List<String> check(javafx.scene.Parent root, double width, double height) {
        FxWatchdogExtension.showingWindows(() -> stage = onFx(() -> {
            Stage shown = new Stage();
            shown.setScene(new Scene(root, width, height));
            shown.show();
            return shown;
        }));
        return onFx(() -> {
            root.applyCss();
            root.layout();
            return LayoutCheck.problems(root);
        });
    }
}
