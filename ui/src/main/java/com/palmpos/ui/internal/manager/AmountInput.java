package com.palmpos.ui.internal.manager;

import com.palmpos.pos.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * Reads an amount a manager typed: "150", "150.00" or, as Germans write it, "150,00". Refuses negatives, letters
 * and more decimals than the currency has. Pure.
 */
final class AmountInput {

    private AmountInput() {
    }

    /** The amount, or empty when {@code text} is not a non-negative amount in {@code currency}. */
    static Optional<Money> parse(String text, Currency currency) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = text.strip();
        if (plain.indexOf('.') < 0) {
            plain = plain.replace(',', '.');
        }
        if (!plain.matches("\\d{1,9}(\\.\\d+)?")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(new BigDecimal(plain), currency));
        } catch (IllegalArgumentException tooManyDecimals) {
            return Optional.empty();
        }
    }
}
