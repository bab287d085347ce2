package com.palmpos.ui.internal.topbar;

import com.palmpos.ui.internal.fx.Shortcuts;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/** The cashier window's top bar: store and terminal, sync indicator, clock, Manager button. */
public final class TopBarView extends HBox {

    private final Timeline clockTimer;

    /**
     * @param managerUnavailable true while the Manager button has no meaning (the manager area is already shown)
     */
    public TopBarView(TopBarViewModel viewModel, Messages messages, Runnable onManager,
            ObservableBooleanValue managerUnavailable) {
        getStyleClass().add("top-bar");

        Label caption = new Label(viewModel.caption());
        caption.getStyleClass().add("store-name");
        caption.setId("store-caption");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label clock = new Label();
        clock.getStyleClass().add("clock");
        clock.setId("clock");
        clock.textProperty().bind(viewModel.timeProperty());

        Button manager = new Button(messages.get("topbar.manager"));
        manager.setId("manager-button");
        manager.setFocusTraversable(false);
        manager.setOnAction(event -> onManager.run());
        manager.disableProperty().bind(managerUnavailable);
        Shortcuts.decorate(manager, Shortcuts.MANAGER, messages);

        getChildren().addAll(caption, spacer, syncIndicator(viewModel.sync()), clock, manager);

        // a fresh reading each second is enough for an hh:mm clock and costs next to nothing
        clockTimer = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.tick()));
        clockTimer.setCycleCount(Animation.INDEFINITE);
        clockTimer.play();
    }

    /** Stops the clock timer; call when the window closes. */
    public void dispose() {
        clockTimer.stop();
    }

    private static HBox syncIndicator(SyncStatusViewModel sync) {
        Circle dot = new Circle(7);
        dot.getStyleClass().add("sync-dot");
        Label text = new Label();
        text.setId("sync-status");
        text.textProperty().bind(sync.textProperty());
        HBox box = new HBox(dot, text);
        box.getStyleClass().add("sync-indicator");
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(sync.tooltipProperty());
        Tooltip.install(box, tooltip);
        sync.indicatorProperty().addListener((obs, old, now) -> applyIndicator(box, now));
        applyIndicator(box, sync.indicatorProperty().get());
        return box;
    }

    private static void applyIndicator(HBox box, SyncStatusViewModel.Indicator indicator) {
        box.getStyleClass().removeAll("online", "pending", "offline", "not-connected");
        box.getStyleClass().add(switch (indicator) {
            case ONLINE -> "online";
            case PENDING -> "pending";
            case OFFLINE -> "offline";
            case NOT_CONNECTED -> "not-connected";
        });
    }
}
