package com.palmpos.pos;

import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.loyalty.LoyaltyService;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.outbox.OutboxEntry;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A whole terminal on a real H2 file, wired like the app does it, for service tests. */
public final class Terminal implements AutoCloseable {
    public static final Menu DEMO = new MenuLoader().loadDemo();

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    public final FakeGateway gateway = new FakeGateway();
    public final PosSettings settings;
    public final Database db;
    public final OutboxStore outbox;
    public final MenuService menus;
    public final OrderService orders;
    public final PaymentService payments;
    public final LoyaltyService loyalty;
    public final CustomerStore customers;

    public Terminal(Path dir) {
        this(dir, new PosSettings("store-main", "t1", ZoneOffset.UTC, PosSettings.defaults().offline(),
                PosSettings.defaults().loyalty(), PosSettings.defaults().staff()));
    }

    public Terminal(Path dir, PosSettings settings) {
        this.settings = settings;
        db = Database.open(dir, null, "pos");
        outbox = new OutboxStore(db, clock);
        menus = new MenuService(db, DEMO, clock);
        orders = new OrderService(db, outbox, clock, settings, menus);
        payments = new PaymentService(db, outbox, clock, settings, menus, gateway);
        loyalty = new LoyaltyService(db, outbox, clock, settings.loyalty(), menus);
        customers = new CustomerStore(db, clock);
    }

    public static Money usd(String amount) {
        return Money.parse(amount, DEMO.currency());
    }

    public List<OutboxEntry> outboxEntries() {
        return outbox.nextBatch(10_000);
    }

    @Override
    public void close() {
        db.close();
    }
}
