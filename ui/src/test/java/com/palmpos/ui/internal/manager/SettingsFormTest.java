package com.palmpos.ui.internal.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.internal.i18n.Messages;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsFormTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void validFormHasNoProblemsAndStoresOnlyWhatChanged() {
        SettingsForm before = form(Map.of());
        SettingsForm after = form(Map.of(SettingsField.STORE_NAME, " Harbour Noodles ",
                SettingsField.OFFLINE_TOTAL, "600,00"));

        assertThat(after.problems(messages, EUR)).isEmpty();
        assertThat(after.changesFrom(before))
                .containsExactly(Map.entry("offline.total-limit", "600.00"), Map.entry("store.name", "Harbour Noodles"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "STORE_NAME|''|Required: type a name.",
        "TERMINAL_NAME|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|At most 60 characters.",
        "CLOUD_URL|ftp://cloud.example.com|Type embedded, or an address such as https://cloud.example.com.",
        "CLOUD_URL|https://|Type embedded, or an address such as https://cloud.example.com.",
        "CAMERA_DEVICE|99999999999999|Type a camera number (0 is the first) or part of its name.",
        "FALSE_MATCH_RATE|0.5|Choose one of the thresholds offered.",
        "OFFLINE_PER_PAYMENT|-5|Type an amount such as 50.00.",
        "OFFLINE_PER_PAYMENT|12.345|Type an amount such as 50.00.",
        "OFFLINE_TOTAL|10.00|The total limit must be at least the limit per payment.",
        "PRINTER_KIND|laser|Choose a printer.",
    })
    void refusesBadInputWithASentenceForTheField(SettingsField field, String value, String expected) {
        Map<SettingsField, String> problems = form(Map.of(field, value)).problems(messages, EUR);

        assertThat(problems).containsExactly(Map.entry(field, expected));
    }

    @Test
    void escPosPrinterNeedsAQueueName() {
        Map<SettingsField, String> problems = form(Map.of(SettingsField.PRINTER_KIND, "escpos")).problems(messages, EUR);

        assertThat(problems).containsOnlyKeys(SettingsField.PRINTER_QUEUE);
    }

    private static SettingsForm form(Map<SettingsField, String> overrides) {
        Map<SettingsField, String> values = new EnumMap<>(SettingsField.class);
        values.put(SettingsField.STORE_NAME, "Store");
        values.put(SettingsField.TERMINAL_NAME, "Counter 1");
        values.put(SettingsField.FALSE_MATCH_RATE, "0.0001");
        values.put(SettingsField.OFFLINE_ENABLED, "true");
        values.put(SettingsField.OFFLINE_PER_PAYMENT, "50.00");
        values.put(SettingsField.OFFLINE_TOTAL, "500.00");
        values.put(SettingsField.PRINTER_KIND, "none");
        values.putAll(overrides);
        return new SettingsForm(values);
    }
}
