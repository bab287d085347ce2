package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.fx.CameraPreview;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The settings form (each field with its restart badge and its own error line) beside the camera's live picture.
 * Keys: Tab between fields, Ctrl+S saves, Ctrl+F lists the cameras.
 */
final class SettingsView extends VBox implements PageView {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FIND_CAMERAS = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final SettingsViewModel viewModel;
    private final GridPane form = new GridPane();
    private Node first;
    private int row;

    SettingsView(SettingsViewModel viewModel, Messages messages, Runnable back) {
        this.viewModel = viewModel;
        form.getStyleClass().add("manager-form");
        text(SettingsField.STORE_NAME, messages);
        text(SettingsField.TERMINAL_NAME, messages);
        text(SettingsField.CLOUD_URL, messages);
        text(SettingsField.CAMERA_DEVICE, messages);
        CheckBox debug = new CheckBox(messages.get("manager.settings.cameraDebugOn"));
        debug.setSelected(Boolean.parseBoolean(viewModel.field(SettingsField.CAMERA_DEBUG).get()));
        viewModel.field(SettingsField.CAMERA_DEBUG).addListener((obs, old, now) ->
                debug.setSelected(Boolean.parseBoolean(now)));
        debug.selectedProperty().addListener((obs, old, now) ->
                viewModel.field(SettingsField.CAMERA_DEBUG).set(Boolean.toString(now)));
        add(SettingsField.CAMERA_DEBUG, debug, messages);
        choice(SettingsField.FALSE_MATCH_RATE, SettingsForm.FALSE_MATCH_RATES, "manager.settings.rate.", messages);
        CheckBox offline = new CheckBox(messages.get("manager.settings.offlineOn"));
        offline.setSelected(Boolean.parseBoolean(viewModel.field(SettingsField.OFFLINE_ENABLED).get()));
        viewModel.field(SettingsField.OFFLINE_ENABLED).addListener((obs, old, now) ->
                offline.setSelected(Boolean.parseBoolean(now)));
        offline.selectedProperty().addListener((obs, old, now) ->
                viewModel.field(SettingsField.OFFLINE_ENABLED).set(Boolean.toString(now)));
        add(SettingsField.OFFLINE_ENABLED, offline, messages);
        text(SettingsField.OFFLINE_PER_PAYMENT, messages);
        text(SettingsField.OFFLINE_TOTAL, messages);
        choice(SettingsField.PRINTER_KIND, SettingsForm.PRINTER_KINDS, "manager.settings.printer.", messages);
        text(SettingsField.PRINTER_QUEUE, messages);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("manager-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);

        HBox body = new HBox(scroll, cameraBox(messages));
        body.getStyleClass().add("manager-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        HBox actions = new HBox(ManagerWidgets.button("settings-save", messages.get("manager.settings.save"), SAVE,
                viewModel::save, messages));
        actions.getChildren().get(0).getStyleClass().add("primary");
        actions.getStyleClass().add("manager-actions-row");
        VBox content = new VBox(ManagerWidgets.hint(messages.get("manager.settings.explain")), body, actions);
        content.getStyleClass().add("manager-body");
        getChildren().add(ManagerWidgets.page(ManagerPage.SETTINGS, messages, viewModel.feedback(), back, content));
        VBox.setVgrow(getChildren().get(0), Priority.ALWAYS);
    }

    @Override
    public void focusFirst() {
        first.requestFocus();
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        if (SAVE.match(event)) {
            viewModel.save();
        } else if (FIND_CAMERAS.match(event)) {
            viewModel.findCameras();
        } else {
            return false;
        }
        return true;
    }

    private VBox cameraBox(Messages messages) {
        // the camera's frames are drawn only while the page is in the window (the preview follows its scene)
        CameraPreview picture = new CameraPreview(viewModel.palmReader(), 320).pictureId("camera-preview");
        picture.setId("settings-preview");
        picture.getStyleClass().remove("companion-preview");
        Label state = bound("camera-state", viewModel.cameraProperty());
        Label found = bound("cameras-found", viewModel.camerasFoundProperty());
        Label registration = bound("cloud-registration", viewModel.registrationProperty());
        VBox box = new VBox(new Label(messages.get("manager.settings.preview")), picture, state,
                ManagerWidgets.button("find-cameras", messages.get("manager.settings.findCameras"), FIND_CAMERAS,
                        viewModel::findCameras, messages), found, registration);
        box.getStyleClass().add("camera-preview-box");
        box.setPrefWidth(360);
        box.setMinWidth(340);
        return box;
    }

    private void text(SettingsField field, Messages messages) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(viewModel.field(field));
        input.setPromptText(messages.get("manager.settings.prompt." + field.id()));
        add(field, input, messages);
    }

    private void choice(SettingsField field, List<String> values, String labelPrefix, Messages messages) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || !values.contains(value) ? "" : messages.get(labelPrefix + value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        StringProperty property = viewModel.field(field);
        box.setValue(property.get());
        property.addListener((obs, old, now) -> box.setValue(now));
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        add(field, box, messages);
    }

    private void add(SettingsField field, Node input, Messages messages) {
        input.setId("setting-" + field.id());
        if (first == null) {
            first = input;
        }
        Label name = new Label(messages.get("manager.settings." + field.id()));
        name.setLabelFor(input);
        Label badge = new Label(messages.get(field.needsRestart() ? "manager.settings.restart"
                : "manager.settings.immediate"));
        badge.getStyleClass().add("restart-badge");
        Label error = bound("error-" + field.id(), viewModel.error(field));
        error.getStyleClass().add("field-error");
        error.visibleProperty().bind(viewModel.error(field).isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        GridPane.setHgrow(input, Priority.ALWAYS);
        form.add(name, 0, row);
        form.add(new VBox(input, error), 1, row);
        form.add(badge, 2, row);
        row++;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }
}
