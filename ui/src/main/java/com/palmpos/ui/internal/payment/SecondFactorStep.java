package com.palmpos.ui.internal.payment;

import com.palmpos.pos.privacy.SecondFactorResult;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The second factor of a palm payment on the pay sheet: the palm payment waiting for it, the digits the cashier
 * types (the last four of the customer's phone, as the customer says them) and the texts for the cashier and the
 * customer display. FX thread only; no I/O.
 */
final class SecondFactorStep {
    private final Messages messages;
    private final ZoneId zone;
    private final StringProperty digits = new SimpleStringProperty(this, "digits", "");
    private PalmCharge.Request waiting;

    SecondFactorStep(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    StringProperty digitsProperty() {
        return digits;
    }

    /** Remembers {@code request} until the digits are typed; returns the customer display's page. */
    CompanionPage ask(PalmCharge.Request request) {
        waiting = request;
        digits.set("");
        return new CompanionPage.Message(messages.get("counter.payment.secondFactor.companion.headline"),
                messages.get("counter.payment.secondFactor.companion.text"));
    }

    /** The palm payment waiting for the digits, or null. */
    PalmCharge.Request waiting() {
        return waiting;
    }

    /** The typed digits when they are exactly four, else null; the field is cleared either way. */
    char[] take() {
        String typed = digits.get() == null ? "" : digits.get().trim();
        digits.set("");
        return typed.matches("[0-9]{4}") ? typed.toCharArray() : null;
    }

    /** Forgets the waiting payment and the typed digits. */
    void clear() {
        waiting = null;
        digits.set("");
    }

    /** What the cashier reads when the check failed; each ends with what to do. */
    String failure(SecondFactorResult reason) {
        if (reason instanceof SecondFactorResult.Wrong wrong) {
            return messages.get("counter.payment.secondFactor.wrong", wrong.attemptsLeft());
        }
        if (reason instanceof SecondFactorResult.TooManyAttempts locked) {
            return messages.get("counter.payment.secondFactor.locked", DateTimeFormatter
                    .ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale()).format(locked.until().atZone(zone)));
        }
        return messages.get("counter.payment.secondFactor.noPhone");
    }
}
