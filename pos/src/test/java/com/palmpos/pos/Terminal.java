package com.palmpos.pos;

import com.palmpos.pos.crypto.TemplateCipher;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.loyalty.LoyaltyService;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.outbox.OutboxEntry;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** A whole terminal on a real H2 file, wired like the app does it, for service tests. */
public final class Terminal implements AutoCloseable {
    public static final Menu DEMO = new MenuLoader().loadDemo();

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    public final FakeGateway gateway = new FakeGateway();
    public final PosSettings settings;
    public final Database db;
    public final OutboxStore outbox;
    public final MenuService menus;
    public final OrderLedger ledger;
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
        db = Database.open(seeded(dir), null, "pos");
        outbox = new OutboxStore(db, clock);
        menus = new MenuService(db, DEMO, clock);
        customers = new CustomerStore(db, clock, templateCipher());
        LoyaltyPosting points = new LoyaltyPosting(settings.loyalty());
        ledger = new OrderLedger(db, outbox, clock, points);
        orders = new OrderService(ledger, settings, menus);
        payments = new PaymentService(ledger, settings, menus, gateway);
        loyalty = new LoyaltyService(ledger, points, customers, menus);
    }

    private static Path template;

    /** A template cipher from a fixed test master key (so a reopened store reads what an earlier one wrote). */
    public static TemplateCipher templateCipher() {
        return TerminalKeys.load(Path.of("unused"), Optional.of(Base64.getEncoder().encodeToString(new byte[32])))
                .templateCipher();
    }

    /**
     * Copies a database migrated once per JVM into {@code dir}: migrating from scratch costs about a second on a
     * loaded machine, copying a few milliseconds. Opening still runs Flyway, which finds nothing to do.
     */
    static synchronized Path seeded(Path dir) {
        try {
            if (template == null) {
                Path t = Files.createTempDirectory("palmpos-template");
                Database.open(t, null, "pos").close();
                Files.deleteIfExists(t.resolve("palmpos.lock"));
                t.toFile().deleteOnExit();
                t.resolve("palmpos.mv.db").toFile().deleteOnExit();
                template = t;
            }
            Files.createDirectories(dir);
            if (!Files.exists(dir.resolve("palmpos.mv.db"))) {
                Files.copy(template.resolve("palmpos.mv.db"), dir.resolve("palmpos.mv.db"));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
