package com.palmpos.ui.internal.i18n;

import com.palmpos.pos.print.TicketLanguage;
import com.palmpos.pos.print.TicketText;
import java.util.Locale;

/**
 * Kitchen tickets and receipts in the terminal's language: the pos module's {@link TicketText} words from the
 * {@code tickets} bundle ({@code ticket.<name in lower case>}). Stateless.
 */
public final class TicketTexts {

    private TicketTexts() {
    }

    /** The ticket language of {@code messages}' locale. Cheap; the result is immutable and thread-safe. */
    public static TicketLanguage of(Messages messages) {
        return new TicketLanguage(messages.locale(), text -> messages.pattern(key(text)));
    }

    /** The bundle key of a ticket word. */
    public static String key(TicketText text) {
        return "ticket." + text.name().toLowerCase(Locale.ROOT);
    }
}
