package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.counter.CustomerPanelViewModel.Pick;
import com.palmpos.ui.internal.customer.CustomerSnapshot;
import com.palmpos.ui.internal.customer.RecognitionState;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Customer panel of the counter screen: empty, loading, the recognised customer (greeting, points, rewards,
 * favourites and recommendations as one-tap buttons, "Not this customer") or "not recognised". Keyboard:
 * Alt+1..3 reorder a favourite, Alt+4..6 add a recommendation, Alt+X rejects the identification (shown on the
 * buttons). FX thread only.
 */
public final class CustomerPanelView extends VBox {

    private static final KeyCombination REJECT = new KeyCodeCombination(KeyCode.X, KeyCombination.ALT_DOWN);
    private static final KeyCode[] PICK_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6};

    private final CustomerPanelViewModel viewModel;
    private final StackPane content = new StackPane();
    private final EmptyStateView empty;
    private Runnable reject = () -> { };
    private final Runnable[] picks = new Runnable[PICK_KEYS.length];

    public CustomerPanelView(CustomerPanelViewModel viewModel) {
        this.viewModel = viewModel;
        setId("customer-panel");
        getStyleClass().addAll("panel", "customer-area");
        Label title = new Label(viewModel.title());
        title.getStyleClass().add("panel-title");
        Label camera = new Label();
        camera.setId("camera-status");
        camera.getStyleClass().add("customer-camera");
        camera.setWrapText(true);
        camera.textProperty().bind(viewModel.cameraText());
        camera.visibleProperty().bind(camera.textProperty().isNotEmpty());
        camera.managedProperty().bind(camera.visibleProperty());
        Label notice = new Label();
        notice.setId("customer-notice");
        notice.getStyleClass().add("customer-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.notice());
        empty = new EmptyStateView(viewModel.emptyState());
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().addAll(title, camera, content, notice);
        viewModel.stateProperty().addListener((obs, old, state) -> show(state));
        show(viewModel.stateProperty().get());
        sceneProperty().addListener((obs, old, scene) -> installKeys(old, scene));
    }

    private void show(RecognitionState state) {
        reject = () -> { };
        java.util.Arrays.fill(picks, null);
        Node node;
        if (state instanceof RecognitionState.Recognised recognised) {
            node = recognised(recognised.customer());
        } else if (state instanceof RecognitionState.Loading) {
            node = label("customer-loading", "customer-loading", viewModel.text("customer.panel.loading"));
        } else if (state instanceof RecognitionState.NotRecognised) {
            VBox box = new VBox(label("customer-not-recognised", "customer-greeting",
                    viewModel.text("customer.panel.notRecognised")),
                    label("customer-enroll-hint", "customer-hint", viewModel.text("customer.panel.notRecognisedHint")));
            box.setId("customer-unknown");
            box.getStyleClass().add("customer-card");
            node = box;
        } else {
            node = empty;
        }
        content.getChildren().setAll(node);
    }

    private Node recognised(CustomerSnapshot customer) {
        VBox card = new VBox();
        card.setId("customer-card");
        card.getStyleClass().add("customer-card");
        card.getChildren().addAll(label("customer-greeting", "customer-greeting", viewModel.greeting(customer)),
                label("customer-points", "customer-points", viewModel.points(customer)));
        List<String> rewards = viewModel.rewards(customer);
        card.getChildren().add(label("customer-rewards", "customer-rewards", rewards.isEmpty()
                ? viewModel.text("customer.panel.noRewards")
                : viewModel.text("customer.panel.rewards") + ": " + String.join(", ", rewards)));
        addPicks(card, "customer.panel.favourites", "favourite-", viewModel.favourites(customer), 0);
        addPicks(card, "customer.panel.recommendations", "recommend-", viewModel.recommendations(customer), 3);
        Button rejectButton = new Button(viewModel.text("customer.panel.reject"));
        rejectButton.setId("reject-identification");
        rejectButton.getStyleClass().add("customer-reject");
        rejectButton.setGraphic(shortcut(REJECT));
        rejectButton.setOnAction(event -> viewModel.reject());
        reject = viewModel::reject;
        card.getChildren().add(rejectButton);
        return card;
    }

    private void addPicks(VBox card, String headingKey, String idPrefix, List<Pick> list, int firstKey) {
        if (list.isEmpty()) {
            return;
        }
        card.getChildren().add(label(null, "customer-section", viewModel.text(headingKey)));
        for (int i = 0; i < list.size(); i++) {
            Pick pick = list.get(i);
            Button button = new Button(pick.label());
            button.setId(idPrefix + i);
            button.getStyleClass().add("customer-pick");
            button.setMaxWidth(Double.MAX_VALUE);
            button.disableProperty().bind(viewModel.busyProperty());
            KeyCombination key = new KeyCodeCombination(PICK_KEYS[firstKey + i], KeyCombination.ALT_DOWN);
            button.setGraphic(new VBox(label(null, "customer-pick-detail", pick.detail()), shortcut(key)));
            button.setOnAction(event -> viewModel.add(pick));
            picks[firstKey + i] = () -> viewModel.add(pick);
            card.getChildren().add(button);
        }
    }

    private void installKeys(Scene old, Scene scene) {
        if (old != null) {
            old.getAccelerators().remove(REJECT);
            for (KeyCode code : PICK_KEYS) {
                old.getAccelerators().remove(new KeyCodeCombination(code, KeyCombination.ALT_DOWN));
            }
        }
        if (scene != null) {
            scene.getAccelerators().put(REJECT, () -> reject.run());
            for (int i = 0; i < PICK_KEYS.length; i++) {
                int index = i;
                scene.getAccelerators().put(new KeyCodeCombination(PICK_KEYS[i], KeyCombination.ALT_DOWN), () -> {
                    if (picks[index] != null && !viewModel.busyProperty().get()) {
                        picks[index].run();
                    }
                });
            }
        }
    }

    private static Label shortcut(KeyCombination key) {
        Label hint = new Label(key.getDisplayText());
        hint.getStyleClass().add("shortcut-hint");
        return hint;
    }

    private static Label label(String id, String styleClass, String text) {
        Label label = new Label(text);
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
