package com.palmpos.pos.bench;

import com.palmpos.pos.FakeGateway;
import com.palmpos.pos.PosSettings;
import com.palmpos.pos.customer.CustomerInsights;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.insight.Insight;
import com.palmpos.pos.insight.InsightEngine;
import com.palmpos.pos.insight.InsightParameters;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The target: loading a customer with 1,000 past orders from the H2 file and computing favourites and
 * recommendations, in one call of {@link CustomerInsights#forCustomer}. Setup rings up the 1,000 orders through the
 * real services (a minute or two). Run from the repository root after {@code mvn -B -DskipTests install}:
 * {@code mvn -B -o -pl pos -Pbench test-compile exec:exec -Dbench.args="CustomerInsightsBenchmark -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CustomerInsightsBenchmark {
    private static final List<String> ITEMS = List.of("tomato-basil-soup", "lentil-soup", "broccoli-cheddar-soup",
            "latte");

    private Path dir;
    private Database db;
    private CustomerInsights insights;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Menu menu = new MenuLoader().load(Path.of("../resources/src/main/resources/com/palmpos/resources/menu/demo-menu.json"));
        dir = Files.createTempDirectory("palmpos-bench");
        db = Database.open(dir, null, "pos");
        Clock clock = Clock.systemUTC();
        OutboxStore outbox = new OutboxStore(db, clock);
        MenuService menus = new MenuService(db, menu, clock);
        OrderLedger ledger = new OrderLedger(db, outbox, clock, new LoyaltyPosting(PosSettings.defaults().loyalty()));
        OrderService orders = new OrderService(ledger, PosSettings.defaults(), menus);
        PaymentService payments = new PaymentService(ledger, PosSettings.defaults(), menus, new FakeGateway());
        SplittableRandom random = new SplittableRandom(7);
        List<Order> all = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Order order = orders.open(ServiceMode.TAKEOUT, "", "bench");
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                String item = ITEMS.get(random.nextInt(ITEMS.size()));
                order = orders.addItem(order.id(), new LineRequest(item, item.equals("latte") ? "large" : "cup", 1,
                        Map.of(), ""));
            }
            orders.attachCustomer(order.id(), "bench-customer");
            all.add(payments.payCash(order.id(), Money.parse("100.00", menu.currency()),
                    Money.parse("0", menu.currency())).order());
        }
        insights = new CustomerInsights(new CustomerStore(db, clock, com.palmpos.pos.Terminal.templateCipher()), menus, new InsightEngine(InsightParameters.DEFAULTS),
                clock);
        insights.refreshStoreStats(all);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
    }

    @Benchmark
    public Insight loadCustomerWithAThousandOrdersAndRecommend() {
        return insights.forCustomer("bench-customer", Set.of());
    }
}
