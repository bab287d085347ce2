package com.palmpos.pos.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file holds its live data, not every version ever written: compacted while open when it has grown
 * sparse ({@link Database#compactIfGrown()}, scheduled every minute in the terminal; called here every 100 orders,
 * i.e. as if a till rang up 100 orders a minute) and whenever it is opened.
 */
class DatabaseFileSizeTest {
    /** 10,000 orders of ~1.5 KB each plus 400 outbox rows are ~16 MB of live rows; H2's pages and indexes add some. */
    private static final long LIMIT_BYTES = 40L << 20;
    /**
     * While open: compaction starts above 32 MB (or 16 MB above what the last one left), and 100 orders (500 commits)
     * add ~12 MB before the next look. Without compaction while open the file reaches ~360 MB.
     */
    private static final long OPEN_LIMIT_BYTES = 96L << 20;

    @TempDir
    Path dataDir;

    @Test
    void tenThousandOrdersKeepTheFileUnderNinetySixMegabytesWhileOpenAndFortyOnceReopened() throws Exception {
        long largest = 0;
        int compactions = 0;
        long worn;
        try (Database db = Database.open(dataDir, UsedDatabaseMain.KEY.clone())) {
            for (int hundred = 0; hundred < 100; hundred++) {
                UsedDatabaseMain.fill(db, 100, 4);
                largest = Math.max(largest, Files.size(file()));
                compactions += db.compactIfGrown() ? 1 : 0;
            }
            worn = Files.size(file());
            assertThat(UsedDatabaseMain.orders(db)).as("orders kept by compaction while open").isEqualTo(10_000);
        }
        try (Database db = Database.open(dataDir, UsedDatabaseMain.KEY.clone())) {
            long reopened = Files.size(file());
            System.out.printf("10,000 orders: file at most %d MB while open (%d compactions), %d MB at close,"
                    + " %d MB once reopened%n", largest >> 20, compactions, worn >> 20, reopened >> 20);
            assertThat(compactions).as("compactions while open").isPositive();
            assertThat(largest).as("largest file while open").isLessThan(OPEN_LIMIT_BYTES);
            assertThat(reopened).isLessThan(LIMIT_BYTES);
            assertThat(UsedDatabaseMain.orders(db)).as("orders kept by compaction").isEqualTo(10_000);
        }
    }

    private Path file() {
        return dataDir.resolve(Database.FILE_NAME + ".mv.db");
    }
}
