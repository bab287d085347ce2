package com.palmpos.pos.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database file holds its live data, not every version ever written: it is compacted whenever it is opened. */
class DatabaseFileSizeTest {
    /** 10,000 orders of ~1.5 KB each plus 400 outbox rows are ~16 MB of live rows; H2's pages and indexes add some. */
    private static final long LIMIT_BYTES = 40L << 20;

    @TempDir
    Path dataDir;

    @Test
    void tenThousandOrdersLeaveAFileUnderFortyMegabytesOnceReopened() throws Exception {
        long worn;
        try (Database db = Database.open(dataDir, UsedDatabaseMain.KEY.clone())) {
            UsedDatabaseMain.fill(db, 10_000, 1);
            worn = Files.size(file());
        }
        try (Database db = Database.open(dataDir, UsedDatabaseMain.KEY.clone())) {
            long reopened = Files.size(file());
            System.out.printf("10,000 orders: file %d MB at work, %d MB once reopened%n", worn >> 20, reopened >> 20);
            assertThat(reopened).isLessThan(LIMIT_BYTES).isLessThan(worn);
            assertThat(UsedDatabaseMain.orders(db)).as("orders kept by compaction").isEqualTo(10_000);
        }
    }

    private Path file() {
        return dataDir.resolve(Database.FILE_NAME + ".mv.db");
    }
}
