package com.palmpos.ui.port;

import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.scanner.PalmTemplate;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything the counter collected for a new customer, committed at once by {@link EnrollmentDesk#enroll}.
 *
 * @param name          what the customer is called (greeting, receipts)
 * @param noticeVersion the consent notice version the customer accepted
 * @param consentedAt   when they pressed "I agree"
 * @param template      the enrolled palm template
 * @param card          the tokenised card (never the number)
 * @param loyalty       contact for a new loyalty account, or null for none
 */
public record NewEnrollment(String name, String noticeVersion, Instant consentedAt, PalmTemplate template,
        LinkedCard card, LoyaltyContact loyalty) {
    public NewEnrollment {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an enrollment needs the customer's name");
        }
        Objects.requireNonNull(noticeVersion, "noticeVersion");
        Objects.requireNonNull(consentedAt, "consentedAt");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(card, "card");
    }

    @Override
    public String toString() {
        // no template, token or contact details in logs
        return "NewEnrollment[notice=" + noticeVersion + ", card=" + card.brand() + ", loyalty=" + (loyalty != null)
                + "]";
    }
}
