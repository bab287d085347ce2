package com.palmpos.pos.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * Child process for {@link KillNineOnUsedDatabaseTest}, shaped like a till: one thread rings up orders (insert, four
 * edits each queuing an outbox row), a second marks outbox rows delivered and purges old ones, both committing small
 * transactions concurrently.
 * <ul>
 * <li>{@code fill DIR N}: rings up N orders and closes cleanly (N = 0: until killed), printing {@code rung K} every
 * 100 orders;</li>
 * <li>{@code commit DIR ID}: reopens, starts the outbox thread, commits one probe row with {@code ID}, prints
 * {@code committed ID} and waits to be killed;</li>
 * <li>{@code compact-commit DIR ID}: like {@code commit}, after ringing up 300 more orders and compacting the open
 * database ({@link Database#compactNow});</li>
 * <li>{@code check DIR ID}: prints {@code present} or {@code lost}.</li>
 * </ul>
 */
public final class UsedDatabaseMain {
    static final char[] KEY = "used-database-test-key".toCharArray();
    private static final String PAYLOAD = "x".repeat(1500);

    private UsedDatabaseMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "fill" -> {
                try (Database db = Database.open(dir, KEY.clone())) {
                    fill(db, Integer.parseInt(args[2]), 4, rung -> {
                        if (rung % 100 == 0) {
                            System.out.println("rung " + rung);
                            System.out.flush();
                        }
                    });
                }
                System.out.println("filled");
            }
            case "check" -> {
                try (Database db = Database.open(dir, KEY.clone())) {
                    System.out.println(isThere(db, args[2]) ? "present" : "lost");
                }
            }
            default -> {
                Database db = Database.open(dir, KEY.clone());
                if (args[0].equals("compact-commit")) {
                    // wear the freshly compacted file again, then compact it while open, as the schedule does
                    fill(db, 300, 4);
                    db.compactNow();
                    System.out.println("compacted while open");
                }
                AtomicBoolean running = new AtomicBoolean(true);
                Thread worker = new Thread(() -> deliverUntilStopped(db, running), "outbox");
                worker.start();
                db.inTransaction(c -> {
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO probe (id) VALUES (?)")) {
                        insert.setString(1, args[2]);
                        return insert.executeUpdate();
                    }
                });
                System.out.println("committed " + args[2]);
                System.out.flush();
                new CountDownLatch(1).await(); // until SIGKILL
            }
        }
    }

    static boolean isThere(Database db, String id) {
        return db.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM probe WHERE id = ?")) {
                select.setString(1, id);
                try (var rs = select.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) == 1;
                }
            }
        });
    }

    static void fill(Database db, int orders) throws InterruptedException {
        fill(db, orders, 4, rung -> { });
    }

    static int orders(Database db) {
        return db.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM till_order")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Rings up {@code orders} orders (0: forever) of {@code edits} edits each; a second thread delivers the outbox. */
    static void fill(Database db, int orders, int edits) throws InterruptedException {
        fill(db, orders, edits, rung -> { });
    }

    private static void fill(Database db, int orders, int edits, IntConsumer progress) throws InterruptedException {
        db.inTransaction(c -> c.createStatement().executeUpdate("""
                CREATE TABLE IF NOT EXISTS probe (id VARCHAR(64) PRIMARY KEY);
                CREATE TABLE IF NOT EXISTS till_order (id INT PRIMARY KEY, version INT, payload VARCHAR(4000));
                CREATE TABLE IF NOT EXISTS till_outbox (seq IDENTITY PRIMARY KEY, order_id INT, delivered BOOLEAN,
                    payload CHARACTER LARGE OBJECT)"""));
        AtomicBoolean running = new AtomicBoolean(true);
        Thread worker = new Thread(() -> deliverUntilStopped(db, running), "outbox");
        worker.start();
        int start = db.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM till_order")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        for (int order = start + 1; orders == 0 || order <= start + orders; order++) {
            int id = order;
            db.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO till_order VALUES (" + id + ", 0, '" + PAYLOAD + "')"));
            for (int edit = 1; edit <= edits; edit++) {
                int version = edit;
                db.inTransaction(c -> {
                    c.createStatement().executeUpdate("UPDATE till_order SET version = " + version
                            + ", payload = '" + PAYLOAD + version + "' WHERE id = " + id);
                    return c.createStatement().executeUpdate("INSERT INTO till_outbox (order_id, delivered, payload)"
                            + " VALUES (" + id + ", FALSE, '" + PAYLOAD + "')");
                });
            }
            progress.accept(id - start);
        }
        running.set(false);
        worker.join();
    }

    private static void deliverUntilStopped(Database db, AtomicBoolean running) {
        while (running.get()) {
            db.inTransaction(c -> c.createStatement().executeUpdate(
                    "UPDATE till_outbox SET delivered = TRUE WHERE seq IN"
                            + " (SELECT seq FROM till_outbox WHERE NOT delivered ORDER BY seq LIMIT 5)"));
            db.inTransaction(c -> c.createStatement().executeUpdate(
                    "DELETE FROM till_outbox WHERE delivered AND seq < (SELECT MAX(seq) - 400 FROM till_outbox)"));
        }
    }
}
