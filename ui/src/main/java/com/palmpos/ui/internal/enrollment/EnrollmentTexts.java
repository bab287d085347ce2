package com.palmpos.ui.internal.enrollment;

import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.scanner.capture.GuidanceHint;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.EnrollmentRefusedException;
import java.util.Locale;
import java.util.Objects;

/** The sentences the enrollment screens show for capture hints, refusals and cards. Immutable, thread-safe. */
final class EnrollmentTexts {

    private final Messages messages;

    EnrollmentTexts(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** What the customer should change, e.g. "Move your hand closer". */
    String guidance(GuidanceHint hint) {
        return messages.get("enrollment.guidance." + hint.name().toLowerCase(Locale.ROOT));
    }

    /** The sentence for a failed service call: the refusal's reason, else a generic "try again". */
    String failure(Exception failure) {
        if (failure instanceof EnrollmentRefusedException refused) {
            return messages.get("enrollment.refused." + refused.reason().name().toLowerCase(Locale.ROOT));
        }
        return messages.get("enrollment.error.unexpected");
    }

    /** "Visa •••• 4242": brand and last four only. */
    String card(LinkedCard card) {
        String brand = card.brand() == null || card.brand().isBlank() ? messages.get("enrollment.card.unknownBrand")
                : card.brand();
        return card.last4() == null ? brand : messages.get("enrollment.card.summary", brand, card.last4());
    }
}
