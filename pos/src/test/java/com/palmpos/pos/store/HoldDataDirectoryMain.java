package com.palmpos.pos.store;

import java.nio.file.Path;

/** Child process for {@link DataDirectoryAcrossProcessesTest}: opens a data directory, writes a row, then waits. */
public final class HoldDataDirectoryMain {
    private HoldDataDirectoryMain() {
    }

    public static void main(String[] args) throws Exception {
        Database database = Database.open(Path.of(args[0]), null, "pos");
        database.inTransaction(c -> c.createStatement().executeUpdate(
                "CREATE TABLE IF NOT EXISTS heartbeat (n INT); INSERT INTO heartbeat VALUES (1)"));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(120_000);
        database.close();
    }
}
