package com.palmpos.ui.internal.manager;

import com.palmpos.pos.money.Money;
import com.palmpos.scanner.camera.CameraSelector;
import com.palmpos.ui.internal.i18n.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what a manager typed on the settings page and turns it into the stored text values. Pure and immutable;
 * every refusal is a sentence naming the field and what to type instead.
 */
final class SettingsForm {

    /** The identification thresholds offered: wanted false-match rate of one comparison. */
    static final List<String> FALSE_MATCH_RATES = List.of("0.0001", "0.00001", "0.000001");
    static final List<String> PRINTER_KINDS = List.of("none", "file", "escpos");

    private final Map<SettingsField, String> values;

    /** @param values the text of every field ({@code "true"}/{@code "false"} for the offline switch) */
    SettingsForm(Map<SettingsField, String> values) {
        EnumMap<SettingsField, String> copy = new EnumMap<>(SettingsField.class);
        for (SettingsField field : SettingsField.values()) {
            String value = values.get(field);
            copy.put(field, value == null ? "" : value.strip());
        }
        this.values = copy;
    }

    /** What is wrong, per field; empty when the form can be saved. */
    Map<SettingsField, String> problems(Messages messages, Currency currency) {
        Map<SettingsField, String> problems = new EnumMap<>(SettingsField.class);
        text(SettingsField.STORE_NAME, 80, messages).ifPresent(p -> problems.put(SettingsField.STORE_NAME, p));
        text(SettingsField.TERMINAL_NAME, 60, messages).ifPresent(p -> problems.put(SettingsField.TERMINAL_NAME, p));
        if (!isCloudUrl(get(SettingsField.CLOUD_URL))) {
            problems.put(SettingsField.CLOUD_URL, messages.get("manager.settings.error.cloudUrl"));
        }
        try {
            CameraSelector.parse(get(SettingsField.CAMERA_DEVICE));
        } catch (IllegalArgumentException e) {
            problems.put(SettingsField.CAMERA_DEVICE, messages.get("manager.settings.error.camera"));
        }
        if (!FALSE_MATCH_RATES.contains(get(SettingsField.FALSE_MATCH_RATE))) {
            problems.put(SettingsField.FALSE_MATCH_RATE, messages.get("manager.settings.error.threshold"));
        }
        Optional<Money> perPayment = AmountInput.parse(get(SettingsField.OFFLINE_PER_PAYMENT), currency);
        Optional<Money> total = AmountInput.parse(get(SettingsField.OFFLINE_TOTAL), currency);
        if (perPayment.isEmpty()) {
            problems.put(SettingsField.OFFLINE_PER_PAYMENT, messages.get("manager.settings.error.amount"));
        }
        if (total.isEmpty()) {
            problems.put(SettingsField.OFFLINE_TOTAL, messages.get("manager.settings.error.amount"));
        } else if (perPayment.isPresent() && total.get().compareTo(perPayment.get()) < 0) {
            problems.put(SettingsField.OFFLINE_TOTAL, messages.get("manager.settings.error.totalBelowPayment"));
        }
        if (!PRINTER_KINDS.contains(get(SettingsField.PRINTER_KIND))) {
            problems.put(SettingsField.PRINTER_KIND, messages.get("manager.settings.error.printer"));
        } else if ("escpos".equals(get(SettingsField.PRINTER_KIND)) && get(SettingsField.PRINTER_QUEUE).isEmpty()) {
            problems.put(SettingsField.PRINTER_QUEUE, messages.get("manager.settings.error.queue"));
        }
        return problems;
    }

    /**
     * The values to store, by configuration key: only fields that differ from {@code before}. Blank optional fields
     * (cloud URL, camera) are left out so the configuration file keeps deciding them. Call after {@link #problems}
     * found none.
     */
    Map<String, String> changesFrom(SettingsForm before) {
        Map<String, String> changed = new java.util.TreeMap<>();
        for (SettingsField field : SettingsField.values()) {
            String now = get(field);
            if (!now.equals(before.get(field)) && !now.isEmpty()) {
                changed.put(field.key(), normalised(field, now));
            }
        }
        return changed;
    }

    String get(SettingsField field) {
        return values.get(field);
    }

    private static String normalised(SettingsField field, String value) {
        return switch (field) {
            case OFFLINE_PER_PAYMENT, OFFLINE_TOTAL -> value.indexOf('.') < 0 ? value.replace(',', '.') : value;
            case CLOUD_URL -> value.equalsIgnoreCase("embedded") ? "embedded" : value;
            default -> value;
        };
    }

    private Optional<String> text(SettingsField field, int max, Messages messages) {
        String value = get(field);
        if (value.isEmpty()) {
            return Optional.of(messages.get("manager.settings.error.required"));
        }
        return value.length() > max ? Optional.of(messages.get("manager.settings.error.tooLong", max))
                : Optional.empty();
    }

    /** Blank (keep the configuration file's), "embedded", or an http(s) URL with a host. */
    private static boolean isCloudUrl(String value) {
        if (value.isEmpty() || value.equalsIgnoreCase("embedded")) {
            return true;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
