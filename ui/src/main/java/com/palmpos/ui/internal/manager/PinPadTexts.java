package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The sentences the PIN pad shows for results and refusals. Immutable, thread-safe. */
final class PinPadTexts {

    private final Messages messages;
    private final DateTimeFormatter timeOfDay;

    PinPadTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.timeOfDay = messages.timeFormatter(zone);
    }

    String get(String key) {
        return messages.get(key);
    }

    String wrongPin(int remainingAttempts) {
        return messages.get("pin.error.wrong", remainingAttempts);
    }

    String lockedOutUntil(Instant until) {
        return messages.get("pin.error.lockedOut", timeOfDay.format(until));
    }

    /**
     * "The PIN could not be checked ...": the port failed (database, disk), which the cashier cannot fix from here;
     * the technical reason is in the log (the task runner logs every failure), not in English on a German screen.
     */
    String unavailable() {
        return messages.get("pin.error.unavailable");
    }

    String violation(PinPolicy.Violation violation) {
        return switch (violation) {
            case TOO_SHORT -> messages.get("pin.error.tooShort", PinPolicy.MIN_LENGTH);
            case TOO_LONG -> messages.get("pin.error.tooLong", PinPolicy.MAX_LENGTH);
            case SAME_DIGITS -> messages.get("pin.error.sameDigits");
            case SAME_AS_CURRENT -> messages.get("pin.error.sameAsCurrent");
        };
    }
}
