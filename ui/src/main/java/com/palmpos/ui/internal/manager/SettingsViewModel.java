package com.palmpos.ui.internal.manager;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.payment.OfflineSettings;
import com.palmpos.pos.print.SettingsPrinter;
import com.palmpos.pos.settings.TerminalSettingStore;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.camera.CameraDrivers;
import com.palmpos.scanner.camera.CameraSettings;
import com.palmpos.scanner.camera.CameraStatus;
import com.palmpos.ui.ManagerPorts;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.SyncStatus;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Terminal settings: shows the values in force, checks what the manager changes and saves the changed ones in the
 * terminal's settings table ({@link TerminalSettingStore}), which overrides {@code palmpos.properties} at the next
 * start. Says which saved settings need a restart. UI thread only (the view draws the camera's live picture).
 */
public final class SettingsViewModel implements PageModel {

    private final ManagerContext context;
    private final Feedback feedback = new Feedback();
    private final Map<SettingsField, StringProperty> fields = new EnumMap<>(SettingsField.class);
    private final Map<SettingsField, ReadOnlyStringWrapper> errors = new EnumMap<>(SettingsField.class);
    private final ReadOnlyStringWrapper registration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper camera = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper camerasFound = new ReadOnlyStringWrapper("");
    private SettingsForm loaded = new SettingsForm(Map.of());

    public SettingsViewModel(ManagerContext context) {
        this.context = context;
        for (SettingsField field : SettingsField.values()) {
            fields.put(field, new SimpleStringProperty(this, field.id(), ""));
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    @Override
    public void onShow() {
        feedback.clear();
        errors.values().forEach(error -> error.set(""));
        camerasFound.set("");
        describeRegistration(context.sync().current());
        describeCamera(context.services().palm().cameraStatus());
        if (context.manager().isEmpty()) {
            show(Map.of());
            feedback.error(messages().get("manager.settings.notWired"));
            return;
        }
        TerminalSettingStore store = context.manager().get().settings();
        context.tasks().run("load terminal settings", store::all, this::show,
                failure -> feedback.error(messages().get("manager.settings.loadFailed",
                        context.errors().describe(failure))));
    }

    /** Checks every field; saves the changed ones if all are right, else marks the wrong ones. */
    public void save() {
        if (feedback.isBusy()) {
            return;
        }
        Messages messages = messages();
        SettingsForm form = current();
        Map<SettingsField, String> problems = form.problems(messages, currency());
        errors.forEach((field, error) -> error.set(problems.getOrDefault(field, "")));
        if (!problems.isEmpty()) {
            feedback.error(messages.get("manager.settings.fixFields", problems.size()));
            return;
        }
        Map<String, String> changes = form.changesFrom(loaded);
        if (changes.isEmpty()) {
            feedback.ok(messages.get("manager.settings.nothingChanged"));
            return;
        }
        Optional<ManagerPorts> ports = context.manager();
        if (ports.isEmpty()) {
            feedback.error(messages.get("manager.settings.notWired"));
            return;
        }
        String staffId = context.staffId();
        feedback.busy(messages.get("manager.settings.saving"));
        context.tasks().run("save terminal settings", () -> {
            ports.get().settings().putAll(changes, staffId);
            // settings hold no secrets: the new value is part of the record
            changes.forEach((key, value) -> ports.get().audit().record(staffId, AuditAction.SETTINGS_CHANGED, key,
                    "OK", "set to '" + value + "' on the manager's settings page"));
            return changes;
        }, saved -> {
            loaded = form;
            feedback.ok(savedMessage(saved, messages));
        }, failure -> feedback.error(messages.get("manager.settings.saveFailed", context.errors().describe(failure))));
    }

    /** Lists the cameras the hardware driver sees (loads the camera natives once; off the FX thread). */
    public void findCameras() {
        Messages messages = messages();
        camerasFound.set(messages.get("manager.settings.searching"));
        context.tasks().run("list cameras", () -> CameraDrivers.forHardware(CameraSettings.Driver.OPENCV)
                .getDevices().stream().map(device -> device.getName()).toList(), names -> {
                    camerasFound.set(names.isEmpty() ? messages.get("manager.settings.noCameras")
                            : messages.get("manager.settings.camerasFound", numbered(names)));
                }, failure -> camerasFound.set(messages.get("manager.settings.noCameras")));
    }

    private void show(Map<String, String> stored) {
        Map<SettingsField, String> values = new HashMap<>(defaults());
        for (SettingsField field : SettingsField.values()) {
            if (stored.containsKey(field.key())) {
                values.put(field, stored.get(field.key()));
            }
        }
        loaded = new SettingsForm(values);
        fields.forEach((field, property) -> property.set(loaded.get(field)));
    }

    /** The values in force when nothing was saved here: what the terminal started with. */
    private Map<SettingsField, String> defaults() {
        OfflineSettings offline = context.services().settings().offline();
        Currency currency = currency();
        Map<SettingsField, String> values = new EnumMap<>(SettingsField.class);
        values.put(SettingsField.STORE_NAME, context.settings().storeName());
        values.put(SettingsField.TERMINAL_NAME, context.settings().terminalName());
        values.put(SettingsField.FALSE_MATCH_RATE, BigDecimal.valueOf(Parameters.defaults().targetFalseMatchRate())
                .stripTrailingZeros().toPlainString());
        values.put(SettingsField.OFFLINE_ENABLED, Boolean.toString(offline.enabled()));
        values.put(SettingsField.CAMERA_DEBUG, Boolean.toString(context.services().palm().debugCaptureOn()));
        values.put(SettingsField.OFFLINE_PER_PAYMENT,
                Money.ofMinor(offline.perPaymentLimitMinor(), currency).toPlainString());
        values.put(SettingsField.OFFLINE_TOTAL, Money.ofMinor(offline.totalOutstandingMinor(), currency).toPlainString());
        // the printer in force: the configuration file's until a manager saves one here
        if (context.services().printer() instanceof SettingsPrinter printer) {
            values.put(SettingsField.PRINTER_KIND, printer.choice().kindName());
            values.put(SettingsField.PRINTER_QUEUE, printer.choice().queue());
        } else {
            values.put(SettingsField.PRINTER_KIND, "none"); // a fixed printer (tests): nothing chosen here yet
        }
        return values;
    }

    private String savedMessage(Map<String, String> saved, Messages messages) {
        List<String> restart = java.util.Arrays.stream(SettingsField.values())
                .filter(field -> field.needsRestart() && saved.containsKey(field.key()))
                .map(field -> messages.get("manager.settings." + field.id())).toList();
        return restart.isEmpty() ? messages.get("manager.settings.savedNow")
                : messages.get("manager.settings.savedRestart", String.join(", ", restart));
    }

    private void describeRegistration(SyncStatus status) {
        registration.set(messages().get(switch (status.connection()) {
            case ONLINE -> "manager.settings.registration.online";
            case OFFLINE -> "manager.settings.registration.offline";
            case NOT_CONNECTED -> "manager.settings.registration.none";
        }));
    }

    private void describeCamera(CameraStatus status) {
        camera.set(messages().get("manager.settings.cameraState", status.state(), status.deviceName(),
                status.message()));
    }

    private static String numbered(List<String> names) {
        return java.util.stream.IntStream.range(0, names.size()).mapToObj(i -> i + ": " + names.get(i))
                .collect(Collectors.joining(" \u00b7 "));
    }

    private SettingsForm current() {
        Map<SettingsField, String> values = new EnumMap<>(SettingsField.class);
        fields.forEach((field, property) -> values.put(field, property.get()));
        return new SettingsForm(values);
    }

    private Currency currency() {
        return context.services().menus().menu().currency();
    }

    private Messages messages() {
        return context.messages();
    }

    public StringProperty field(SettingsField field) {
        return fields.get(field);
    }

    public ReadOnlyStringProperty error(SettingsField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty registrationProperty() {
        return registration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cameraProperty() {
        return camera.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty camerasFoundProperty() {
        return camerasFound.getReadOnlyProperty();
    }

    /** The palm reader whose live picture the page shows. */
    public com.palmpos.ui.port.PalmReader palmReader() {
        return context.services().palm();
    }

    public Feedback feedback() {
        return feedback;
    }
}
