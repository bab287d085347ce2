package com.palmpos.ui;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.enrollment.CardEntry;
import com.palmpos.pos.enrollment.CardReader;
import com.palmpos.pos.enrollment.EnrollmentException;
import com.palmpos.pos.enrollment.EnrollmentProblem;
import com.palmpos.pos.enrollment.EnrollmentService;
import com.palmpos.pos.enrollment.EnrollmentSession;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.ui.port.ConsentText;
import com.palmpos.ui.port.EnrollmentDraft;
import com.palmpos.ui.port.EnrollmentRefusedException;
import com.palmpos.ui.port.EnrollmentRefusedException.Reason;
import com.palmpos.ui.port.LoyaltyContact;

/** {@link EnrollmentDraft} over one pos {@link EnrollmentSession}. Not thread-safe, as the session. */
final class PosEnrollmentDraft implements EnrollmentDraft {

    private final EnrollmentService service;
    private final EnrollmentSession session;
    private final CardReader cardReader;
    private final ConsentText notice;

    PosEnrollmentDraft(EnrollmentService service, EnrollmentSession session, CardReader cardReader) {
        this.service = service;
        this.session = session;
        this.cardReader = cardReader;
        this.notice = new ConsentText(session.notice().version(), session.notice().text());
    }

    @Override
    public ConsentText notice() {
        return notice;
    }

    @Override
    public void accept() throws EnrollmentRefusedException {
        PosEnrollmentDesk.call(() -> {
            session.acceptConsent();
            return null;
        });
    }

    @Override
    public void palm(PalmTemplate template) throws EnrollmentRefusedException {
        PosEnrollmentDesk.call(() -> {
            session.palmTemplate(template.toBytes());
            return null;
        });
    }

    @Override
    public LinkedCard readCard() throws EnrollmentRefusedException {
        CardEntry card;
        try {
            card = cardReader.read();
        } catch (EnrollmentException unreadable) {
            throw new EnrollmentRefusedException(Reason.CARD_NOT_READ, unreadable.getMessage(), unreadable);
        }
        try {
            return session.linkCard(card);
        } catch (EnrollmentException e) {
            // an expired card is "invalid input" to the session, a refused card to the customer
            throw e.problem() == EnrollmentProblem.INVALID_INPUT
                    ? new EnrollmentRefusedException(Reason.CARD_REFUSED, e.getMessage(), e)
                    : PosEnrollmentDesk.refusal(e);
        }
    }

    @Override
    public CustomerProfile commit(String name, LoyaltyContact loyalty) throws EnrollmentRefusedException {
        return PosEnrollmentDesk.call(() -> {
            session.details(name, null, loyalty == null ? null : loyalty.email(),
                    loyalty == null ? null : loyalty.phone());
            if (loyalty != null && session.loyaltyId().isEmpty()) {
                session.newLoyaltyAccount();
            }
            return service.commit(session);
        });
    }

    @Override
    public void cancel() {
        session.cancel();
    }
}
