package com.palmpos.ui.internal.manager;

import com.palmpos.pos.print.PrinterChoice;

/**
 * One setting on the settings page: its configuration key (the same name as in {@code palmpos.properties}, which
 * it overrides once saved) and whether the terminal must restart before it takes effect.
 */
public enum SettingsField {
    STORE_NAME("store.name", true),
    TERMINAL_NAME("terminal.name", true),
    CLOUD_URL("cloud.url", true),
    CAMERA_DEVICE("camera.device", true),
    CAMERA_DEBUG("camera.debug-capture", true),
    FALSE_MATCH_RATE("palm.false-match-rate", true),
    OFFLINE_ENABLED("offline.enabled", true),
    OFFLINE_PER_PAYMENT("offline.per-payment-limit", true),
    OFFLINE_TOTAL("offline.total-limit", true),
    PRINTER_KIND(PrinterChoice.KIND_KEY, false),
    PRINTER_QUEUE(PrinterChoice.QUEUE_KEY, false);

    private final String key;
    private final boolean needsRestart;

    SettingsField(String key, boolean needsRestart) {
        this.key = key;
        this.needsRestart = needsRestart;
    }

    public String key() {
        return key;
    }

    public boolean needsRestart() {
        return needsRestart;
    }

    /** Suffix of node ids and text keys: {@code store-name}, {@code manager.settings.store-name}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
