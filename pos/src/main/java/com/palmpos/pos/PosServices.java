package com.palmpos.pos;

import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.crypto.TemplateCipher;
import com.palmpos.pos.customer.CustomerInsights;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.insight.InsightEngine;
import com.palmpos.pos.insight.InsightParameters;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.loyalty.LoyaltyService;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.payment.PaymentGateway;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.privacy.PrivacyService;
import com.palmpos.pos.report.ReportService;
import com.palmpos.pos.staff.ShiftService;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.pos.store.Database;
import java.time.Clock;

/**
 * Every pos service of one terminal, wired over one database the way the application runs them. Built once per
 * terminal (cheap: no I/O but reading the menu's 86 list); the services are thread-safe. Orders, payments and
 * loyalty share one {@link OrderLedger}, the only writer of orders.
 */
public record PosServices(Clock clock, PosSettings settings, Database database, OutboxStore outbox,
        MenuService menus, OrderService orders, PaymentService payments, LoyaltyService loyalty,
        CustomerStore customers, CustomerInsights insights, ShiftService shifts, ReportService reports,
        StaffService staff, AuditLog audit, PrivacyService privacy) {

    /**
     * Wires the services.
     *
     * @param menu    the store's menu (demo menu until the cloud's menu pull exists)
     * @param gateway authorises card payments (the cloud in production, a fake in tests)
     * @param templates encrypts palm templates at rest with the terminal's template key
     */
    public static PosServices create(Database database, Clock clock, PosSettings settings, Menu menu,
            PaymentGateway gateway, TemplateCipher templates) {
        OutboxStore outbox = new OutboxStore(database, clock);
        MenuService menus = new MenuService(database, menu, clock);
        CustomerStore customers = new CustomerStore(database, clock, templates);
        AuditLog audit = new AuditLog(database, clock, settings.terminalId());
        LoyaltyPosting points = new LoyaltyPosting(settings.loyalty());
        OrderLedger ledger = new OrderLedger(database, outbox, clock, points);
        return new PosServices(clock, settings, database, outbox, menus,
                new OrderService(ledger, settings, menus),
                new PaymentService(ledger, settings, menus, gateway),
                new LoyaltyService(ledger, points, customers, menus),
                customers,
                new CustomerInsights(customers, menus, new InsightEngine(InsightParameters.DEFAULTS), clock),
                new ShiftService(database, clock, settings, menu.currency()),
                new ReportService(database, settings, menus::menu),
                new StaffService(database, clock, settings.staff(), audit), audit,
                new PrivacyService(database, customers, outbox, audit, clock));
    }
}
