package com.palmpos.app.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Every configuration key PalmPOS reads, with its type, default and meaning. The README's table lists the same. */
public final class ConfigKeys {
    public static final ConfigKey<String> TERMINAL_ID = new ConfigKey<>("terminal.id", ValueType.text(40), "T1",
            "identifier of this terminal within its store");
    public static final ConfigKey<String> TERMINAL_NAME = new ConfigKey<>("terminal.name", ValueType.text(60),
            "Counter 1", "name shown in the window title and on receipts");
    public static final ConfigKey<String> STORE_ID = new ConfigKey<>("store.id", ValueType.text(40), "demo-store",
            "the store this terminal belongs to in the cloud");
    public static final ConfigKey<String> STORE_NAME = new ConfigKey<>("store.name", ValueType.text(80),
            "PalmPOS Demo Bakery-Cafe", "store name shown to cashiers and customers");
    public static final ConfigKey<Boolean> UI_COMPANION = new ConfigKey<>("ui.companion", ValueType.bool(), "true",
            "open the customer-facing companion window (on a second screen when there is one)");
    public static final ConfigKey<String> UI_THEME = new ConfigKey<>("ui.theme", ValueType.oneOf("light", "dark"),
            "light", "colour theme of all screens");
    public static final ConfigKey<String> UI_LOCALE = new ConfigKey<>("ui.locale", ValueType.oneOf("en", "de"), "en",
            "language of all screens");
    public static final ConfigKey<String> CLOUD_URL = new ConfigKey<>("cloud.url", ValueType.cloudUrl(), "embedded",
            "the chain's cloud API; 'embedded' runs the cloud emulator inside the app");
    public static final ConfigKey<Integer> CLOUD_PORT = new ConfigKey<>("cloud.port", ValueType.integer(0, 65535), "0",
            "port of the embedded cloud emulator on 127.0.0.1; 0 picks a free one");
    public static final ConfigKey<String> CLOUD_ACTIVATION_CODE = new ConfigKey<>("cloud.activation-code",
            ValueType.text(64), "DEMO-0001", "code that registers this terminal with the cloud the first time");
    public static final ConfigKey<String> CAMERA_DRIVER = new ConfigKey<>("camera.driver",
            ValueType.oneOf("opencv", "bridj", "simulated"), "opencv",
            "palm camera: opencv (any webcam, Linux/Windows/macOS), bridj (sarxos default), simulated (demo scene)");
    public static final ConfigKey<String> CAMERA_DEVICE = new ConfigKey<>("camera.device", ValueType.text(80), "0",
            "which camera: its index (0 = first) or part of its name, e.g. Logitech");
    public static final ConfigKey<String> CAMERA_RESOLUTION = new ConfigKey<>("camera.resolution",
            ValueType.oneOf("320x240", "640x480", "800x600", "1280x720"), "640x480", "frame size asked of the camera");
    public static final ConfigKey<Integer> CAMERA_FPS = new ConfigKey<>("camera.fps", ValueType.integer(5, 60), "15",
            "frames per second asked of the camera (the preview needs 15)");
    public static final ConfigKey<Boolean> CAMERA_DEBUG_CAPTURE = new ConfigKey<>("camera.debug-capture",
            ValueType.bool(), "false", "write every analysed camera frame as PNG to <data>/debug-frames to diagnose the"
            + " reader (biometric images: both screens say so while it is on; switch it off and delete them after use)");
    public static final ConfigKey<Integer> OUTBOX_RETENTION_DAYS = new ConfigKey<>("outbox.retention-days",
            ValueType.integer(1, 365), "7", "days a message delivered to the cloud is kept in the outbox before purging");
    public static final ConfigKey<String> LOG_LEVEL = new ConfigKey<>("log.level",
            ValueType.oneOf("error", "warn", "info", "debug"), "info", "level of the log file in <data>/logs");
    public static final ConfigKey<Integer> PRIVACY_RETENTION_DAYS = new ConfigKey<>("privacy.retention-days",
            ValueType.integer(1, 1095), "365", "days after a customer's last visit here that their palm template and"
            + " purchase history are deleted (BIPA's limit is 3 years)");
    public static final ConfigKey<BigDecimal> PAYMENT_SECOND_FACTOR_ABOVE = new ConfigKey<>(
            "payment.second-factor-above", ValueType.amountOrOff(new BigDecimal("100000")), "50.00",
            "palm payments of this amount or more (store currency, tip included) also ask the last four digits of the"
            + " customer's phone; 0 or off turns the second factor off");
    public static final ConfigKey<String> PRINTER_KIND = new ConfigKey<>("printer.kind",
            ValueType.oneOf("none", "file", "escpos"), "file", "where receipts and kitchen tickets go: none, file (text"
            + " files in <data>/receipts) or escpos (the queue printer.queue); the manager's settings page overrides it"
            + " at once");
    public static final ConfigKey<String> PRINTER_QUEUE = new ConfigKey<>("printer.queue", ValueType.text(80), "receipt",
            "the operating system's raw print queue of an ESC/POS receipt printer (see lpstat -p)");

    /** All keys, in the order the README documents them. */
    public static final List<ConfigKey<?>> ALL = List.of(TERMINAL_ID, TERMINAL_NAME, STORE_ID, STORE_NAME,
            UI_COMPANION, UI_THEME, UI_LOCALE, CLOUD_URL, CLOUD_PORT, CLOUD_ACTIVATION_CODE, CAMERA_DRIVER, CAMERA_DEVICE,
            CAMERA_RESOLUTION, CAMERA_FPS, CAMERA_DEBUG_CAPTURE, OUTBOX_RETENTION_DAYS, PRIVACY_RETENTION_DAYS, PAYMENT_SECOND_FACTOR_ABOVE,
            PRINTER_KIND, PRINTER_QUEUE, LOG_LEVEL);

    private ConfigKeys() {
    }

    static Optional<ConfigKey<?>> byName(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    static Optional<ConfigKey<?>> byEnvironmentName(String name) {
        return ALL.stream().filter(k -> k.environmentName().equals(name)).findFirst();
    }

    /** The key most like {@code typo}, for "did you mean" hints. */
    static Optional<String> closest(String typo) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ConfigKey<?> key : ALL) {
            int d = distance(typo, key.name());
            if (d < bestDistance) {
                bestDistance = d;
                best = key.name();
            }
        }
        return bestDistance <= Math.max(2, typo.length() / 4) ? Optional.of(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
