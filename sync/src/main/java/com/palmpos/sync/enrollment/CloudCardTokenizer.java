package com.palmpos.sync.enrollment;

import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.enrollment.CardEntry;
import com.palmpos.pos.enrollment.CardTokenizer;
import com.palmpos.pos.enrollment.EnrollmentException;
import com.palmpos.pos.enrollment.EnrollmentProblem;
import com.palmpos.sync.api.AuthorizeRequest;
import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.api.Payment;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import java.util.Currency;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokenizes a card through the cloud ({@code POST /v1/cards/tokens}), then verifies it with an authorization of one
 * minor unit that is never captured (the usual account check), so a declined card is refused at enrollment rather
 * than at the customer's first palm payment. The card number goes into the one request and nowhere else (the request
 * log and {@link CardTokenizeRequest#toString()} redact it); the security code is checked for shape by
 * {@link CardEntry} and not sent, as the contract has no field for it. Blocks on the network; thread-safe.
 */
public final class CloudCardTokenizer implements CardTokenizer {
    private static final Logger LOG = LoggerFactory.getLogger(CloudCardTokenizer.class);
    private final CloudClient client;
    private final Currency currency;

    /** @param currency the store's currency, for the verification authorization */
    public CloudCardTokenizer(CloudClient client, Currency currency) {
        this.client = client;
        this.currency = currency;
    }

    @Override
    public LinkedCard tokenize(CardEntry card) {
        CardToken token;
        try {
            token = client.tokenizeCard(new CardTokenizeRequest(card.pan(), card.expMonth(), card.expYear()),
                    UUID.randomUUID().toString());
        } catch (CloudException e) {
            throw refusal(e, card);
        }
        Payment check;
        try {
            check = client.authorize(new AuthorizeRequest("card-check-" + UUID.randomUUID(), 1,
                    currency.getCurrencyCode(), token.token()), UUID.randomUUID().toString());
        } catch (CloudException e) {
            throw refusal(e, card);
        }
        if (Payment.DECLINED.equals(check.status())) {
            throw new EnrollmentException(EnrollmentProblem.CARD_REJECTED, "the card ending " + card.last4()
                    + " was declined (" + check.declineCode() + "): use another card or skip this step");
        }
        release(check);
        return new LinkedCard(token.token(), token.brand(), token.last4());
    }

    /** The check only proves the card works: its hold is released at once, so the customer is never charged 0.01. */
    private void release(Payment check) {
        try {
            client.voidPayment(check.paymentId(), check.paymentId() + "-void");
        } catch (CloudException e) {
            LOG.warn("Card check {} (0.01) could not be voided ({}): it lapses with the processor unless voided by hand",
                    check.paymentId(), e.getMessage());
        }
    }

    private static EnrollmentException refusal(CloudException e, CardEntry card) {
        if (e.kind() == CloudException.Kind.REJECTED) {
            return new EnrollmentException(EnrollmentProblem.CARD_REJECTED, "the card ending " + card.last4()
                    + " was refused: " + CloudProblems.detail(e), e);
        }
        return CloudProblems.offline(e, "cannot link the card ending " + card.last4());
    }
}
