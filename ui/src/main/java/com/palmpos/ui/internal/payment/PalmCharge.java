package com.palmpos.ui.internal.payment;

import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.Tender;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.payment.CardDetails;
import com.palmpos.pos.payment.PaymentOutcome;
import com.palmpos.pos.privacy.PalmMatch;
import com.palmpos.pos.privacy.PalmPaymentResult;
import com.palmpos.pos.privacy.PalmPayments;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One palm payment attempt: the identified customer's linked card charged through {@link PalmPayments} (so the second
 * factor applies above its threshold), then the audit hook. Blocking (gateway, H2): call on the task runner only.
 * Thread-safe.
 */
final class PalmCharge {
    private static final Logger LOG = LoggerFactory.getLogger(PalmCharge.class);

    /** What a palm payment needs until it is charged: kept while the second factor is asked. */
    record Request(String orderId, LinkedCard card, PalmIdentification identification, Money part, Money tip) {
    }

    private final PalmPayments payments;
    private final PalmPaymentAudit audit;
    private final String staffId;

    PalmCharge(PalmPayments payments, PalmPaymentAudit audit, String staffId) {
        this.payments = payments;
        this.audit = audit;
        this.staffId = staffId;
    }

    /**
     * Charges {@code request}; {@code phoneLastFour} is null until the customer was asked, and is wiped here after
     * use.
     */
    PalmPaymentResult charge(Request request, char[] phoneLastFour) {
        CardDetails card = new CardDetails(TenderType.PALM, request.card().token(), request.card().brand(),
                request.card().last4());
        PalmPaymentResult result;
        try {
            PalmIdentification read = request.identification();
            result = payments.pay(request.orderId(), read.customerId(), new PalmMatch(read.score(), read.at()), card,
                    request.part(), request.tip(), phoneLastFour, staffId);
        } finally {
            if (phoneLastFour != null) {
                Arrays.fill(phoneLastFour, '\0');
            }
        }
        if (result instanceof PalmPaymentResult.Charged charged) {
            PaymentOutcome outcome = charged.outcome();
            String paymentId = outcome.accepted() ? lastTender(outcome.order()) : null;
            try {
                audit.palmPaymentTaken(outcome.order(), paymentId, request.identification(), outcome.status());
            } catch (RuntimeException e) {
                // the money moved: the sale must go on; the operator fixes the audit store from the log
                LOG.error("Palm payment {} on order {} was taken but could not be audited", paymentId,
                        outcome.order().number(), e);
            }
        }
        return result;
    }

    private static String lastTender(Order order) {
        List<Tender> tenders = order.tenders();
        return tenders.isEmpty() ? null : tenders.get(tenders.size() - 1).paymentId();
    }
}
