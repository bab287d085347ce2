package com.palmpos.pos.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryAcrossProcessesTest {
    @TempDir
    Path dataDir;

    private Process startHolder() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDataDirectoryMain.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.contains("ready")) {
            // skip start-up output until the child holds the directory
        }
        assertThat(line).as("child process output").isEqualTo("ready");
        return child;
    }

    @Test
    void aSecondProcessIsRefusedWithThePidOfTheFirst() throws Exception {
        Process holder = startHolder();
        try {
            assertThatThrownBy(() -> Database.open(dataDir, null, "pos"))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("pid " + holder.pid());
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKilledProcessLeavesTheDirectoryUsableAndItsCommittedDataIntact() throws Exception {
        Process holder = startHolder();
        holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        try (Database db = Database.open(dataDir, null, "pos")) {
            long rows = db.inTransaction(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM heartbeat")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(rows).isEqualTo(1);
        }
    }
}
