package com.palmpos.ui.internal.payment;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.print.TicketFormatter;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.i18n.TicketTexts;
import java.util.function.Consumer;

/**
 * The end of a paid sale: the receipt printed (on the task runner) or not, the thanks on the customer display for a
 * few seconds, then a fresh session. UI thread only.
 */
final class SaleEnd {

    private final CounterSession session;
    private final Delay delay;
    private final PaymentSettings settings;

    SaleEnd(CounterSession session, Delay delay, PaymentSettings settings) {
        this.session = session;
        this.delay = delay;
        this.settings = settings;
    }

    /** Prints the session order's receipt off the UI thread; then {@code onPrinted}, or {@code onFailed}. */
    void printReceipt(Runnable onPrinted, Consumer<Exception> onFailed) {
        CounterServices services = session.services();
        Order order = session.orderProperty().get();
        CustomerProfile customer = session.customerProperty().get();
        String name = customer == null ? null : customer.greetingName();
        TicketFormatter formatter = new TicketFormatter(services.menus().menu().name(), services.settings().zone(),
                TicketTexts.of(session.messages()));
        session.tasks().run("print receipt", () -> {
            services.printer().print("receipt-" + order.number(), formatter.receipt(order, name));
            return order;
        }, printed -> onPrinted.run(), onFailed::accept);
    }

    /** Thanks the customer by name on their display, clears the session, and shows the welcome page again later. */
    void finish() {
        CustomerProfile customer = session.customerProperty().get();
        CompanionPage.ThankYou thanks = new CompanionPage.ThankYou(customer == null ? null : customer.greetingName());
        session.clear();
        session.companionPageProperty().set(thanks);
        delay.schedule(settings.thankYouShown(), () -> {
            // only if nothing newer (the next customer's cart) replaced the thanks meanwhile
            if (session.companionPageProperty().get() == thanks) {
                session.companionPageProperty().set(new CompanionPage.Idle());
            }
        });
    }
}
