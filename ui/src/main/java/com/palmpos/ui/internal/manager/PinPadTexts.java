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

    /** "The PIN could not be checked (reason) ...": the reason is the port's message, which never holds a PIN. */
    String unavailable(Exception failure) {
        String reason = failure.getMessage();
        return messages.get("pin.error.unavailable",
                reason == null || reason.isBlank() ? failure.getClass().getSimpleName() : reason);
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
