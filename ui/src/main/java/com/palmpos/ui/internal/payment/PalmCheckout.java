package com.palmpos.ui.internal.payment;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.privacy.PalmPaymentResult;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.payment.PaymentViewModel.Step;
import com.palmpos.ui.internal.payment.PaymentViewModel.Tone;
import javafx.beans.property.StringProperty;

/**
 * The palm path of the pay sheet: wait for the served customer's palm, charge their linked card through
 * {@code PalmPayments}, and above the second-factor amount ask for the last four digits of their phone first.
 * Drives the sheet's step and message through {@link PaymentViewModel}; every blocking call goes through its task
 * runner. FX thread only.
 */
final class PalmCheckout {
    private final PaymentViewModel sheet;
    private final CounterSession session;
    private final CounterServices services;
    private final Messages messages;
    private final Delay delay;
    private final PaymentSettings settings;
    private final PalmCharge charge;
    private final SecondFactorStep secondFactor;
    private PalmWait palmWait;

    PalmCheckout(PaymentViewModel sheet, CounterSession session, PalmPaymentAudit audit, Delay delay,
            PaymentSettings settings) {
        this.sheet = sheet;
        this.session = session;
        this.services = session.services();
        this.messages = session.messages();
        this.delay = delay;
        this.settings = settings;
        this.charge = new PalmCharge(services.palmPayments(), audit, services.staffId());
        this.secondFactor = new SecondFactorStep(messages, services.settings().zone());
    }

    StringProperty digitsProperty() {
        return secondFactor.digitsProperty();
    }

    /** Shows "pay with your palm" to the customer and waits for their palm (or the timeout). */
    void start(Money amount) {
        CustomerProfile customer = session.customerProperty().get();
        if (customer == null || customer.card() == null) {
            sheet.show(messages.get("counter.payment.palm.unavailable"), Tone.ERROR);
            return;
        }
        sheet.stepProperty().set(Step.PALM_WAIT);
        sheet.show(messages.get("counter.payment.palm.waiting", settings.palmTimeout().toSeconds()), Tone.INFO);
        session.companionPageProperty().set(new CompanionPage.PayWithPalm(amount));
        palmWait = new PalmWait(services.palm(), session.tasks(), delay, settings.palmTimeout(), services.clock(),
                customer.customerId(), new Outcome(customer.card()));
        palmWait.start();
    }

    /** Back from the palm wait or the second factor to card or cash. */
    void cancel() {
        Step step = sheet.stepProperty().get();
        if (step == Step.PALM_WAIT || step == Step.SECOND_FACTOR) {
            stop();
            sheet.fallBack(messages.get("counter.payment.palm.cancelled"));
            sheet.showDueOnDisplay();
        }
    }

    /** Charges the payment waiting for the second factor with the typed digits; needs exactly four. */
    void confirmSecondFactor() {
        PalmCharge.Request waiting = secondFactor.waiting();
        if (sheet.stepProperty().get() != Step.SECOND_FACTOR || waiting == null || sheet.busyProperty().get()) {
            return;
        }
        char[] digits = secondFactor.take();
        if (digits == null) {
            sheet.show(messages.get("counter.payment.secondFactor.invalid"), Tone.ERROR);
            return;
        }
        charge(waiting, digits);
    }

    /** Stops waiting for a palm and forgets a pending second factor. */
    void stop() {
        if (palmWait != null) {
            palmWait.stop();
            palmWait = null;
        }
        secondFactor.clear();
    }

    private void matched(LinkedCard card, PalmIdentification identification) {
        Money tip = sheet.typedTip();
        if (tip != null) {
            charge(new PalmCharge.Request(sheet.orderId(), card, identification, sheet.amountNow(), tip), null);
        }
    }

    private void charge(PalmCharge.Request request, char[] digits) {
        sheet.run("pay by palm", () -> charge.charge(request, digits), result -> {
            if (result instanceof PalmPaymentResult.Charged charged) {
                secondFactor.clear();
                sheet.charged(charged.outcome());
            } else if (result instanceof PalmPaymentResult.SecondFactorNeeded) {
                sheet.stepProperty().set(Step.SECOND_FACTOR);
                sheet.show(messages.get("counter.payment.secondFactor.ask"), Tone.INFO);
                session.companionPageProperty().set(secondFactor.ask(request));
            } else if (result instanceof PalmPaymentResult.SecondFactorFailed failed) {
                secondFactor.clear();
                sheet.declined(secondFactor.failure(failed.reason()));
            }
        });
    }

    /** Turns the palm wait's outcome into the payment or the fallback. */
    private final class Outcome implements PalmWait.Outcome {
        private final LinkedCard card;

        Outcome(LinkedCard card) {
            this.card = card;
        }

        @Override
        public void matched(PalmIdentification identification) {
            palmWait = null;
            PalmCheckout.this.matched(card, identification);
        }

        @Override
        public void otherPalm() {
            // nothing was declined: someone else's hand was read; the customer sees what is due again
            palmWait = null;
            sheet.fallBack(messages.get("counter.payment.palm.otherPalm"));
            sheet.showDueOnDisplay();
        }

        @Override
        public void unrecognised() {
            sheet.show(messages.get("counter.payment.palm.unrecognised"), Tone.INFO);
        }

        @Override
        public void timedOut() {
            palmWait = null;
            sheet.fallBack(messages.get("counter.payment.palm.timeout", settings.palmTimeout().toSeconds()));
            sheet.showDueOnDisplay();
        }
    }
}
