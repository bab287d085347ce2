package com.palmpos.ui.internal.manager;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ChoiceBox;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Journey 7: the manager changes terminal settings, sees the camera live and is told what needs a restart. */
class SettingsFxTest extends ManagerFxTestBase {

    @Test
    void savesChangedSettingsAndSaysWhichNeedARestart() {
        openManagerHub();
        robot.push(KeyCode.F1);
        waitUntil(() -> fx.isShown("#page-settings") && "PalmPOS Store".equals(fx.text("#setting-store-name")));
        waitUntil(() -> onFx(() -> robot.lookup("#camera-preview").queryAs(ImageView.class).getImage() != null));

        fill("#setting-store-name", "Harbour Noodles");
        onFx(() -> {
            robot.lookup("#setting-printer-kind").queryAs(ChoiceBox.class).setValue("none");
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.S);

        waitForFeedback("Saved. Restart the terminal to apply: Store name.");
        assertThat(counter.terminalSettings.all())
                .containsEntry("store.name", "Harbour Noodles").containsEntry("printer.kind", "none")
                .doesNotContainKey("cloud.url");
    }

    @Test
    void wrongValuesAreMarkedAndNothingIsSaved() {
        openManagerHub();
        robot.clickOn("#tile-settings");
        waitUntil(() -> fx.isShown("#page-settings") && !fx.text("#setting-terminal-name").isEmpty());

        fill("#setting-cloud-url", "ftp://nowhere");
        fill("#setting-offline-total", "1.00");
        robot.clickOn("#settings-save");

        waitForFeedback("2 fields need correcting");
        assertThat(fx.text("#error-cloud-url"))
                .isEqualTo("Type embedded, or an address such as https://cloud.example.com.");
        assertThat(fx.text("#error-offline-total"))
                .isEqualTo("The total limit must be at least the limit per payment.");
        assertThat(counter.terminalSettings.all()).doesNotContainKey("cloud.url");
    }
}
