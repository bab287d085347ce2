package com.palmpos.ui.internal.i18n;

import com.palmpos.pos.Refusal;
import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.Refused;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into a sentence in the screen's language. A {@link Refused} failure anywhere in the cause chain
 * gives its {@link Refusal}, shown as {@code error.<code in lower case>} from the errors bundle with its arguments
 * formatted for the locale (money with the currency, instants as time of day, enum constants through
 * {@code error.value.<Type>.<NAME>}). Anything else (database, files, a bug) gets one generic text saying the action
 * failed and what to do; its technical message stays in the log (the task runner logs every failure with its trace).
 * So a German screen never shows a pos module's English message. Immutable and thread-safe; cheap (no I/O).
 */
public final class ErrorTexts {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorTexts.class);
    private static final int MAX_CAUSES = 20;

    private final Messages messages;
    private final MoneyText money;
    private final DateTimeFormatter timeOfDay;

    /** @param zone the store's time zone, for the times some refusals name (e.g. a lockout's end) */
    public ErrorTexts(Messages messages, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.money = new MoneyText(messages.locale());
        this.timeOfDay = messages.timeFormatter(Objects.requireNonNull(zone, "zone"));
    }

    /** The sentence for {@code failure}: its refusal's text, else the generic text for its kind. */
    public String describe(Throwable failure) {
        Optional<Refusal> refusal = refusalIn(failure);
        if (refusal.isPresent()) {
            return text(refusal.get());
        }
        String key = genericKey(failure);
        LOG.debug("Failure shown as '{}': {}", key, failure == null ? "none" : failure.toString());
        return messages.get(key);
    }

    /** The text of one refusal, e.g. from a declined payment's outcome; null gives the generic text. */
    public String text(Refusal refusal) {
        if (refusal == null) {
            return messages.get("error.unexpected");
        }
        Object[] arguments = refusal.code() == RefusalCode.CARD_DECLINED && !refusal.arguments().isEmpty()
                ? new Object[] {declineSentence(refusal.arguments().get(0))}
                : refusal.arguments().stream().map(this::format).toArray();
        try {
            return messages.get(key(refusal), arguments);
        } catch (MissingResourceException e) {
            // a code added without its text: a test catches it, but a cashier still gets a sentence
            LOG.warn("No text for refusal {}: add {} to errors*.properties", refusal.code(), key(refusal));
            return messages.get("error.unexpected");
        }
    }

    /**
     * A processor's decline reason as a sentence: a known decline code ({@code insufficient_funds}) has its own, and
     * anything else (an unknown code, a technical message) the general one; the reason itself stays in the log.
     */
    public String declineSentence(Object reason) {
        String code = reason == null ? "" : reason.toString().trim().toLowerCase(Locale.ROOT);
        if (code.matches("[a-z_]{1,40}")) {
            try {
                return messages.get("error.decline." + code);
            } catch (MissingResourceException e) {
                LOG.debug("No sentence for decline code {}", code);
            }
        }
        return messages.get("error.decline.other");
    }

    /** The bundle key of a refusal's text. */
    public static String key(Refusal refusal) {
        return "error." + refusal.code().name().toLowerCase(Locale.ROOT);
    }

    /** The first refusal in {@code failure}'s cause chain (suppressed exceptions are not searched). */
    public static Optional<Refusal> refusalIn(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.size() < MAX_CAUSES && seen.add(t); t = t.getCause()) {
            if (t instanceof Refused refused && refused.refusal() != null) {
                return Optional.of(refused.refusal());
            }
        }
        return Optional.empty();
    }

    private static String genericKey(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.size() < MAX_CAUSES && seen.add(t); t = t.getCause()) {
            if (t instanceof StoreException || t instanceof SQLException) {
                return "error.storage";
            }
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return "error.io";
            }
        }
        return "error.unexpected";
    }

    private Object format(Object argument) {
        if (argument == null) {
            return "";
        }
        if (argument instanceof Money amount) {
            return money.format(amount);
        }
        if (argument instanceof Instant instant) {
            return timeOfDay.format(instant);
        }
        if (argument instanceof Enum<?> constant) {
            String key = "error.value." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            try {
                return messages.get(key);
            } catch (MissingResourceException e) {
                return constant.name();
            }
        }
        if (argument instanceof BigDecimal decimal) {
            return NumberFormat.getNumberInstance(messages.locale()).format(decimal);
        }
        // whole numbers plainly: order numbers and point counts read "1250", never "1,250" or "1.250"
        return argument instanceof Number ? argument.toString() : argument;
    }
}
