package com.palmpos.ui.internal.shell;

import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A red line under the top bar while camera frames are written to disk for diagnosis (a manager's setting that
 * needs a restart, so it cannot change while the window is open). Nothing when it is off.
 */
final class DebugCaptureBanner {

    private DebugCaptureBanner() {
    }

    static Node create(boolean on, Messages messages) {
        if (!on) {
            Region none = new Region();
            none.setManaged(false);
            return none;
        }
        Label banner = new Label(messages.get("shell.debugCapture"));
        banner.setId("debug-capture-banner");
        banner.getStyleClass().add("debug-capture-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        return banner;
    }
}
