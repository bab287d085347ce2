package com.palmpos.ui.internal.i18n;

import com.palmpos.pos.money.Money;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats and reads amounts the way the cashier's locale writes them ("$12.50", "12,50 $"). Immutable; a new
 * {@link NumberFormat} per call keeps it thread-safe.
 */
public final class MoneyText {

    private final Locale locale;

    public MoneyText(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public String format(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return format.format(money.toDecimal());
    }

    /**
     * Reads typed text such as {@code 20}, {@code 20.00} or {@code 20,00}.
     *
     * @throws IllegalArgumentException if the text is not an amount of {@code like}'s currency
     */
    public static Money parse(String text, java.util.Currency currency) {
        String cleaned = text == null ? "" : text.trim().replace(',', '.');
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("no amount entered");
        }
        Money money = Money.parse(cleaned, currency);
        if (money.isNegative()) {
            throw new IllegalArgumentException("amount " + cleaned + " is negative");
        }
        return money;
    }
}
