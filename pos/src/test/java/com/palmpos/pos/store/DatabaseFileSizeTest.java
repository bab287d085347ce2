package com.palmpos.pos.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database file holds its live data, not every version ever written: compacted when closed and when opened. */
class DatabaseFileSizeTest {
    /** 10,000 orders of ~1.5 KB each plus 400 outbox rows are ~16 MB of live rows; H2's pages and indexes add some. */
    private static final long LIMIT_BYTES = 40L << 20;

    @TempDir
    Path dataDir;

    @Test
    void tenThousandOrdersLeaveAFileUnderFortyMegabytesAfterClose() throws Exception {
        long worn;
        try (Database db = Database.open(dataDir, UsedDatabaseMain.KEY.clone())) {
            UsedDatabaseMain.fill(db, 10_000, 1);
            worn = Files.size(file());
        }
        long closed = Files.size(file());
        System.out.printf("10,000 orders: file %d MB before close, %d MB after%n", worn >> 20, closed >> 20);
        assertThat(closed).isLessThan(LIMIT_BYTES).isLessThan(worn);

        try (Database db = Database.open(dataDir, UsedDatabaseMain.KEY.clone())) {
            assertThat(UsedDatabaseMain.orders(db)).as("orders kept by compaction").isEqualTo(10_000);
        }
        assertThat(Files.size(file())).isLessThan(LIMIT_BYTES);
    }

    private Path file() {
        return dataDir.resolve(Database.FILE_NAME + ".mv.db");
    }
}
