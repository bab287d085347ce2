package com.palmpos.pos.store;

import java.nio.file.Path;

/**
 * Child process for {@link DataDirectoryAcrossProcessesTest}: opens a data directory, writes a row, then holds it until
 * its standard input closes (the parent ends or kills it).
 */
public final class HoldDataDirectoryMain {
    private HoldDataDirectoryMain() {
    }

    public static void main(String[] args) throws Exception {
        Database database = Database.open(Path.of(args[0]), null, "pos");
        database.inTransaction(c -> c.createStatement().executeUpdate(
                "CREATE TABLE IF NOT EXISTS heartbeat (n INT); INSERT INTO heartbeat VALUES (1)"));
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() != -1) {
            // hold the directory until the parent closes our input
        }
        database.close();
    }
}
