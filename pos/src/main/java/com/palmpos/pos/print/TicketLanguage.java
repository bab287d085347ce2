package com.palmpos.pos.print;

import com.palmpos.pos.money.Money;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The language a ticket is printed in: a pattern per {@link TicketText} and the locale that writes amounts
 * ("12.50" or "12,50"; no grouping, no currency sign, as the printer's code page may lack it). The pos module
 * keeps no translations: the screen module builds this from its bundles. Immutable and thread-safe if
 * {@code patterns} is.
 *
 * @param locale   writes the amounts
 * @param patterns the {@link MessageFormat} pattern of each text
 */
public record TicketLanguage(Locale locale, Function<TicketText, String> patterns) {

    /** English, from {@link TicketText#english()}: what tickets printed before languages existed. */
    public static final TicketLanguage ENGLISH = new TicketLanguage(Locale.ENGLISH, TicketText::english);

    public TicketLanguage {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(patterns, "patterns");
    }

    /** The text with its arguments filled in; pass numbers as strings to keep them ungrouped. */
    String text(TicketText key, Object... arguments) {
        return new MessageFormat(patterns.apply(key), locale).format(arguments);
    }

    String amount(Money money) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int digits = money.currency().getDefaultFractionDigits();
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.toDecimal());
    }
}
