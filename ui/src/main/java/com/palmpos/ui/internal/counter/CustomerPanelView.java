package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.counter.CustomerPanelViewModel.Pick;
import com.palmpos.ui.internal.customer.CustomerLookup;
import com.palmpos.ui.internal.customer.CustomerSnapshot;
import com.palmpos.ui.internal.customer.RecognitionState;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Customer panel of the counter screen: empty, loading, the recognised customer (greeting, points, rewards,
 * favourites and recommendations as one-tap buttons, "Not this customer") or "not recognised". Every node is built
 * once and states only switch visibility and texts, so a recognition costs no new nodes or CSS passes on the FX
 * thread. Keyboard: Alt+1..3 reorder a favourite, Alt+4..6 add a recommendation, Alt+X rejects the
 * identification (shown on the buttons). FX thread only.
 */
public final class CustomerPanelView extends VBox {

    private static final KeyCombination REJECT = new KeyCodeCombination(KeyCode.X, KeyCombination.ALT_DOWN);
    private static final KeyCombination SWITCH = new KeyCodeCombination(KeyCode.S, KeyCombination.ALT_DOWN);
    private static final KeyCombination KEEP = new KeyCodeCombination(KeyCode.K, KeyCombination.ALT_DOWN);

    private final CustomerPanelViewModel viewModel;
    private final EmptyStateView empty;
    private final Label loading;
    private final VBox unknown;
    private final VBox card;
    private final Label greeting = label("customer-greeting", "customer-greeting");
    private final Label points = label("customer-points", "customer-points");
    private final Label rewards = label("customer-rewards", "customer-rewards");
    private final Label favouritesHeading = label(null, "customer-section");
    private final Label recommendationsHeading = label(null, "customer-section");
    private final List<PickButton> favourites = new ArrayList<>();
    private final List<PickButton> recommendations = new ArrayList<>();

    public CustomerPanelView(CustomerPanelViewModel viewModel) {
        this.viewModel = viewModel;
        setId("customer-panel");
        getStyleClass().addAll("panel", "customer-area");
        Label title = new Label(viewModel.title());
        title.getStyleClass().add("panel-title");
        Label camera = label("camera-status", "customer-camera");
        camera.textProperty().bind(viewModel.cameraText());
        camera.visibleProperty().bind(camera.textProperty().isNotEmpty());
        camera.managedProperty().bind(camera.visibleProperty());
        Label notice = label("customer-notice", "customer-notice");
        notice.textProperty().bind(viewModel.notice());
        TimedStatus.clearAfter(notice.textProperty(), TimedStatus.SHOWN, viewModel::busy,
                shown -> viewModel.clearNotice());

        empty = new EmptyStateView(viewModel.emptyState());
        loading = label("customer-loading", "customer-loading");
        loading.setText(viewModel.text("customer.panel.loading"));
        Label notRecognised = label("customer-not-recognised", "customer-greeting");
        notRecognised.setText(viewModel.text("customer.panel.notRecognised"));
        Label enrollHint = label("customer-enroll-hint", "customer-hint");
        enrollHint.setText(viewModel.text("customer.panel.notRecognisedHint"));
        Button enroll = new Button(viewModel.text("customer.panel.enroll"));
        enroll.setId("customer-enroll");
        enroll.getStyleClass().add("primary");
        enroll.setOnAction(event -> viewModel.enroll());
        unknown = new VBox(notRecognised, enrollHint, enroll);
        unknown.setId("customer-unknown");
        unknown.getStyleClass().add("customer-card");
        card = buildCard();
        StackPane content = new StackPane(empty, loading, unknown, card);
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().addAll(title, camera, secondCustomerPrompt(), content, notice);

        viewModel.stateProperty().addListener((obs, old, state) -> show(state));
        show(viewModel.stateProperty().get());
        sceneProperty().addListener((obs, old, scene) -> installKeys(old, scene));
    }

    /** "Bruno recognised: Anna's order is open" with Switch (Alt+S) and Keep (Alt+K); hidden while none waits. */
    private VBox secondCustomerPrompt() {
        Label text = label("second-customer-text", "customer-second-text");
        Button switchTo = new Button();
        switchTo.setId("switch-customer");
        switchTo.getStyleClass().add("customer-second-switch");
        switchTo.setGraphic(shortcut(SWITCH));
        switchTo.setContentDisplay(ContentDisplay.RIGHT);
        switchTo.setWrapText(true);
        switchTo.setMaxWidth(Double.MAX_VALUE);
        switchTo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.switchBlockedProperty().get(), viewModel.switchBlockedProperty()));
        switchTo.setOnAction(event -> viewModel.switchToSecondCustomer());
        Button keep = new Button();
        keep.setId("keep-customer");
        keep.getStyleClass().add("primary");
        keep.setGraphic(shortcut(KEEP));
        keep.setContentDisplay(ContentDisplay.RIGHT);
        keep.setWrapText(true);
        keep.setMaxWidth(Double.MAX_VALUE);
        keep.setOnAction(event -> viewModel.keepCurrentCustomer());
        VBox prompt = new VBox(text, keep, switchTo);
        prompt.setId("second-customer");
        prompt.getStyleClass().add("customer-second");
        Runnable show = () -> {
            var second = viewModel.secondCustomerProperty().get();
            show(prompt, second != null);
            if (second != null) {
                text.setText(viewModel.secondCustomerText(second));
                switchTo.setText(viewModel.switchText(second));
                keep.setText(viewModel.keepText(second));
            }
        };
        viewModel.secondCustomerProperty().addListener((obs, old, now) -> show.run());
        show.run();
        return prompt;
    }

    private VBox buildCard() {
        favouritesHeading.setText(viewModel.text("customer.panel.favourites"));
        recommendationsHeading.setText(viewModel.text("customer.panel.recommendations"));
        VBox box = new VBox(greeting, points, rewards, favouritesHeading);
        for (int i = 0; i < CustomerLookup.FAVOURITES; i++) {
            favourites.add(new PickButton("favourite-" + i, KeyCode.getKeyCode(String.valueOf(i + 1))));
            box.getChildren().add(favourites.get(i).button);
        }
        box.getChildren().add(recommendationsHeading);
        for (int i = 0; i < CustomerLookup.RECOMMENDATIONS; i++) {
            recommendations.add(new PickButton("recommend-" + i,
                    KeyCode.getKeyCode(String.valueOf(CustomerLookup.FAVOURITES + i + 1))));
            box.getChildren().add(recommendations.get(i).button);
        }
        Button reject = new Button(viewModel.text("customer.panel.reject"));
        reject.setId("reject-identification");
        reject.getStyleClass().add("customer-reject");
        reject.setGraphic(shortcut(REJECT));
        reject.setOnAction(event -> viewModel.reject());
        box.getChildren().add(reject);
        box.setId("customer-card");
        box.getStyleClass().add("customer-card");
        return box;
    }

    private void show(RecognitionState state) {
        only(state instanceof RecognitionState.Recognised ? card
                : state instanceof RecognitionState.Loading ? loading
                : state instanceof RecognitionState.NotRecognised ? unknown : empty);
        if (state instanceof RecognitionState.Recognised recognised) {
            fill(recognised.customer());
        }
    }

    private void fill(CustomerSnapshot customer) {
        greeting.setText(viewModel.greeting(customer));
        points.setText(viewModel.points(customer));
        List<String> rewardNames = viewModel.rewards(customer);
        rewards.setText(rewardNames.isEmpty() ? viewModel.text("customer.panel.noRewards")
                : viewModel.text("customer.panel.rewards") + ": " + String.join(", ", rewardNames));
        fill(favouritesHeading, favourites, viewModel.favourites(customer));
        fill(recommendationsHeading, recommendations, viewModel.recommendations(customer));
    }

    private static void fill(Label heading, List<PickButton> buttons, List<Pick> picks) {
        show(heading, !picks.isEmpty());
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).show(i < picks.size() ? picks.get(i) : null);
        }
    }

    private void only(Node shown) {
        for (Node node : List.of(empty, loading, unknown, card)) {
            node.setVisible(node == shown);
        }
    }

    private void installKeys(Scene old, Scene scene) {
        List<PickButton> all = new ArrayList<>(favourites);
        all.addAll(recommendations);
        if (old != null) {
            old.getAccelerators().remove(REJECT);
            old.getAccelerators().remove(SWITCH);
            old.getAccelerators().remove(KEEP);
            all.forEach(pick -> old.getAccelerators().remove(pick.key));
        }
        if (scene != null) {
            scene.getAccelerators().put(REJECT, () -> {
                if (card.isVisible()) {
                    viewModel.reject();
                }
            });
            all.forEach(pick -> scene.getAccelerators().put(pick.key, pick::fire));
            scene.getAccelerators().put(SWITCH, () -> {
                if (viewModel.secondCustomerProperty().get() != null) {
                    viewModel.switchToSecondCustomer();
                }
            });
            scene.getAccelerators().put(KEEP, viewModel::keepCurrentCustomer);
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static Label shortcut(KeyCombination key) {
        Label hint = new Label(key.getDisplayText());
        hint.getStyleClass().add("shortcut-hint");
        return hint;
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    /** A one-tap button slot (favourite or recommendation) with its Alt+digit shortcut. */
    private final class PickButton {
        private final Button button = new Button();
        private final Label name = label(null, "customer-pick-name");
        private final Label detail = label(null, "customer-pick-detail");
        private final KeyCombination key;
        private Pick pick;

        PickButton(String id, KeyCode digit) {
            key = new KeyCodeCombination(digit, KeyCombination.ALT_DOWN);
            button.setId(id);
            button.getStyleClass().add("customer-pick");
            button.setMaxWidth(Double.MAX_VALUE);
            // the text stays on the button for accessibility and lookups; the graphic lays it out with the details
            name.setWrapText(false);
            detail.setWrapText(false);
            button.setGraphic(new VBox(2, name, detail, shortcut(key)));
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            button.disableProperty().bind(viewModel.busyProperty());
            button.setOnAction(event -> fire());
        }

        void show(Pick shown) {
            pick = shown;
            CustomerPanelView.show(button, shown != null);
            button.setText(shown == null ? "" : shown.label());
            name.setText(button.getText());
            detail.setText(shown == null ? "" : shown.detail());
        }

        void fire() {
            if (pick != null && button.isVisible() && card.isVisible() && !viewModel.busyProperty().get()) {
                viewModel.add(pick);
            }
        }
    }
}
