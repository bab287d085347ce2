package com.palmpos.ui.internal.companion;

import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.fx.Stylesheets;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer-facing window: full screen on a second screen when there is one, else an ordinary window.
 * FX thread only.
 */
public final class CompanionWindow {

    private static final Logger LOG = LoggerFactory.getLogger(CompanionWindow.class);

    private final Stage stage;
    private final CompanionViewModel viewModel;
    private final CompanionView view;

    public CompanionWindow(CompanionViewModel viewModel, Messages messages, UiSettings settings) {
        this.viewModel = viewModel;
        stage = new Stage();
        stage.setTitle(messages.get("window.companion.title", settings.terminalName()));
        view = new CompanionView(viewModel);
        Scene scene = new Scene(view);
        Stylesheets.apply(scene, settings.theme());
        stage.setScene(scene);
    }

    /** Places the window by the current screens and shows it. */
    public void show() {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getBounds).toList();
        CompanionPlacement placement = CompanionPlacement.choose(screens, Screen.getPrimary().getBounds());
        Rectangle2D bounds = placement.bounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        if (placement.fullScreen()) {
            // the customer cannot reach a keyboard; no hint and no key leaves full screen
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        LOG.info("Customer display on {} ({} screen(s) found)", placement.fullScreen() ? "second screen" : "a window",
                screens.size());
        stage.show();
    }

    /** Closes the window and stops the preview and the camera watch. */
    public void close() {
        view.dispose();
        viewModel.close();
        stage.close();
    }

    public Stage stage() {
        return stage;
    }
}
