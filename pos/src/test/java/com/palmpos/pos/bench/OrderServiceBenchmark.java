package com.palmpos.pos.bench;

import com.palmpos.pos.PosSettings;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The stored path: adding an item to a 50-line order through {@link OrderService}, i.e. load, re-price, save the
 * document and append the outbox upload in one H2 transaction on a real file. Informative (the 1 ms budget is for
 * pricing); run from the pos module directory:
 * {@code mvn -B -o -pl pos -Pbench test-compile exec:exec -Dbench.args="OrderServiceBenchmark -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OrderServiceBenchmark {
    private Path dir;
    private Database db;
    private OrderService orders;
    private String orderId;

    @Setup(Level.Iteration)
    public void setUp() throws IOException {
        Menu menu = new MenuLoader().load(Path.of("../resources/src/main/resources/com/palmpos/resources/menu/demo-menu.json"));
        dir = Files.createTempDirectory("palmpos-bench");
        db = Database.open(dir, null, "pos");
        Clock clock = Clock.systemUTC();
        orders = new OrderService(new OrderLedger(db, new OutboxStore(db, clock), clock,
                new LoyaltyPosting(PosSettings.defaults().loyalty())), PosSettings.defaults(), new MenuService(db, menu, clock));
        Order order = orders.open(ServiceMode.DINE_IN, "", "bench");
        orderId = order.id();
        for (int i = 0; i < 50; i++) {
            orders.addItem(orderId, LineRequest.of("lemonade", null));
        }
    }

    @TearDown(Level.Iteration)
    public void tearDown() throws IOException {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public Order addItemToAFiftyLineOrderAndSave() {
        return orders.addItem(orderId, LineRequest.of("croissant", null));
    }
}
