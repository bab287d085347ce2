package com.palmpos.ui.internal.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountInputTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest
    @CsvSource({"150, 15000", "150.00, 15000", "'150,5', 15050", "' 0.99 ', 99", "0, 0"})
    void readsAmountsAsManagersTypeThem(String typed, long minor) {
        assertThat(AmountInput.parse(typed, EUR)).hasValueSatisfying(m -> assertThat(m.minor()).isEqualTo(minor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-5", "12x", "1.234", "1,000.00", "1e3", "9999999999"})
    void refusesWhatIsNotAnAmount(String typed) {
        assertThat(AmountInput.parse(typed, EUR)).isEmpty();
    }
}
