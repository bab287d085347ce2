package com.palmpos.app.wiring;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKey;
import com.palmpos.pos.payment.OfflineSettings;
import com.palmpos.pos.settings.TerminalSettingStore;
import com.palmpos.scanner.Parameters;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings a manager saved on the terminal's settings page (table {@code terminal_setting}) laid over the
 * configuration file: a saved value wins, an absent one leaves the file's value. Read once at start, which is why
 * the settings page says "restart". A stored value that cannot be read (it was checked when saved, so only a hand
 * edit does this) is logged and ignored. Immutable.
 */
public final class SavedSettings {
    private static final Logger LOG = LoggerFactory.getLogger(SavedSettings.class);

    static final String FALSE_MATCH_RATE = "palm.false-match-rate";
    static final String OFFLINE_ENABLED = "offline.enabled";
    static final String OFFLINE_PER_PAYMENT = "offline.per-payment-limit";
    static final String OFFLINE_TOTAL = "offline.total-limit";

    private final Map<String, String> values;

    public SavedSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Reads the saved settings; one small query. */
    public static SavedSettings load(TerminalSettingStore store) {
        SavedSettings saved = new SavedSettings(store.all());
        if (!saved.values.isEmpty()) {
            LOG.info("Settings saved on this terminal override the configuration file: {}", saved.values.keySet());
        }
        return saved;
    }

    /** The saved text for {@code key}, else the configuration's. */
    public String text(ConfigKey<String> key, Config config) {
        return Optional.ofNullable(values.get(key.name())).filter(v -> !v.isBlank()).orElseGet(() -> config.get(key));
    }

    /** The saved switch for {@code key} ("true"/"false"), else the configuration's. */
    public boolean flag(ConfigKey<Boolean> key, Config config) {
        return Optional.ofNullable(values.get(key.name())).filter(v -> !v.isBlank()).map(Boolean::parseBoolean)
                .orElseGet(() -> config.get(key));
    }

    /** {@code defaults} with the saved offline switch and limits (decimal amounts in {@code currency}). */
    public OfflineSettings offline(OfflineSettings defaults, Currency currency) {
        boolean enabled = Optional.ofNullable(values.get(OFFLINE_ENABLED)).map(Boolean::parseBoolean)
                .orElse(defaults.enabled());
        long perPayment = minor(OFFLINE_PER_PAYMENT, currency).orElse(defaults.perPaymentLimitMinor());
        long total = minor(OFFLINE_TOTAL, currency).orElse(defaults.totalOutstandingMinor());
        return new OfflineSettings(enabled, perPayment, total, defaults.allowedTypes());
    }

    /** {@code defaults} with the saved identification threshold (target false-match rate). */
    public Parameters engine(Parameters defaults) {
        String rate = values.get(FALSE_MATCH_RATE);
        if (rate == null) {
            return defaults;
        }
        try {
            double parsed = Double.parseDouble(rate);
            if (parsed > 0 && parsed < 0.01) {
                return defaults.withTargetFalseMatchRate(parsed);
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.warn("Saved {} '{}' is not a false-match rate between 0 and 0.01: using {}", FALSE_MATCH_RATE, rate,
                defaults.targetFalseMatchRate());
        return defaults;
    }

    private Optional<Long> minor(String key, Currency currency) {
        String text = values.get(key);
        if (text == null) {
            return Optional.empty();
        }
        try {
            long minor = new BigDecimal(text).movePointRight(currency.getDefaultFractionDigits()).longValueExact();
            if (minor >= 0) {
                return Optional.of(minor);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // logged below
        }
        LOG.warn("Saved {} '{}' is not an amount: using the default", key, text);
        return Optional.empty();
    }
}
