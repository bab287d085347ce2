package com.palmpos.ui;

import com.palmpos.pos.PosSettings;
import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.customer.CustomerInsights;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.loyalty.LoyaltyService;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.print.PrintFailedException;
import com.palmpos.pos.print.ReceiptPrinter;
import com.palmpos.pos.privacy.PalmPayments;
import com.palmpos.pos.report.ReportService;
import com.palmpos.pos.staff.ShiftService;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.ui.port.CardTerminal;
import com.palmpos.ui.port.EnrollmentDesk;
import com.palmpos.ui.port.PalmReader;
import java.time.Clock;
import java.util.Objects;

/**
 * The domain services the counter, customer, enrollment and manager screens call, built by the application over
 * one database. Immutable holder; every service is thread-safe and may block (the screens call them through the
 * shell's {@link com.palmpos.ui.task.TaskRunner}, never on the FX thread).
 *
 * @param clock     the terminal's clock (time of orders, sessions, timeouts)
 * @param settings  store and terminal ids, time zone, offline and loyalty settings
 * @param staffId   who rings up sales on this terminal until cashier sign-in exists
 * @param palm      the palm reader (live capture events, preview, enrollment)
 * @param printer   where receipts and kitchen tickets go (blocking: call it through the task runner)
 * @param audit     the terminal's append-only audit log (identification-led payments are recorded there)
 * @param palmPayments charges palm payments with the configured second factor; built over {@code payments}
 * @param enrollment consent notice, card reader, enrollment, pre-enrollment and loyalty linking
 * @param cards     the card terminal the pay screen reads cards from
 */
public record CounterServices(Clock clock, PosSettings settings, String staffId, MenuService menus,
        OrderService orders, PaymentService payments, LoyaltyService loyalty, CustomerStore customers,
        CustomerInsights insights, ShiftService shifts, ReportService reports, StaffService staff, PalmReader palm,
        ReceiptPrinter printer, AuditLog audit, PalmPayments palmPayments, EnrollmentDesk enrollment,
        CardTerminal cards) {

    public CounterServices {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(menus, "menus");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(loyalty, "loyalty");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(insights, "insights");
        Objects.requireNonNull(shifts, "shifts");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(palm, "palm");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(palmPayments, "palmPayments");
        Objects.requireNonNull(enrollment, "enrollment");
        Objects.requireNonNull(cards, "cards");
    }

    /**
     * Services without enrollment ({@link EnrollmentDesk#unavailable()}) and with {@link CardTerminal#localTestCard()};
     * add them with {@link #withEnrollment} and {@link #withCards}.
     */
    public CounterServices(Clock clock, PosSettings settings, String staffId, MenuService menus, OrderService orders,
            PaymentService payments, LoyaltyService loyalty, CustomerStore customers, CustomerInsights insights,
            ShiftService shifts, ReportService reports, StaffService staff, PalmReader palm, ReceiptPrinter printer,
            AuditLog audit, PalmPayments palmPayments) {
        this(clock, settings, staffId, menus, orders, payments, loyalty, customers, insights, shifts, reports, staff,
                palm, printer, audit, palmPayments, EnrollmentDesk.unavailable(), CardTerminal.localTestCard());
    }

    /** Services without a printer: printing a receipt or kitchen ticket then tells the cashier none is set up. */
    public CounterServices(Clock clock, PosSettings settings, String staffId, MenuService menus, OrderService orders,
            PaymentService payments, LoyaltyService loyalty, CustomerStore customers, CustomerInsights insights,
            ShiftService shifts, ReportService reports, StaffService staff, PalmReader palm, AuditLog audit,
            PalmPayments palmPayments) {
        this(clock, settings, staffId, menus, orders, payments, loyalty, customers, insights, shifts, reports, staff,
                palm, CounterServices::noPrinter, audit, palmPayments);
    }

    /** The same services with {@code desk} for enrollment (the application passes its desk in). */
    public CounterServices withEnrollment(EnrollmentDesk desk) {
        return new CounterServices(clock, settings, staffId, menus, orders, payments, loyalty, customers, insights,
                shifts, reports, staff, palm, printer, audit, palmPayments, desk, cards);
    }

    /** The same services with {@code terminal} as the card terminal (demo mode's, or a hardware driver). */
    public CounterServices withCards(CardTerminal terminal) {
        return new CounterServices(clock, settings, staffId, menus, orders, payments, loyalty, customers, insights,
                shifts, reports, staff, palm, printer, audit, palmPayments, enrollment, terminal);
    }

    private static void noPrinter(String title, String text) {
        throw new PrintFailedException(RefusalCode.PRINTER_NOT_SET_UP,
                "No printer is set up for this terminal: ask a manager to configure one", null);
    }
}
