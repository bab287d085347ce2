package com.palmpos.pos.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first commit on a worn-in database file survives a kill -9 of the process that made it. Each repetition copies
 * a cleanly closed, fragmented database (1,000 orders of edits, outbox rows and purges), lets a child JVM reopen it,
 * commit one row and report it, kills the child with SIGKILL right after the report, reopens the file and looks
 * for the row. {@code -Dkill9.repetitions=N} runs more repetitions by hand (default 5).
 */
class KillNineOnUsedDatabaseTest {

    @TempDir
    Path work;

    @Test
    void aCommitReportedJustBeforeKillNineIsThereAfterReopeningAUsedDatabase() throws Exception {
        Path used = work.resolve("used");
        try (Database db = Database.open(used, UsedDatabaseMain.KEY.clone())) {
            UsedDatabaseMain.fill(db, 1000);
        }
        int repetitions = Integer.getInteger("kill9.repetitions", 5);
        List<String> lost = new ArrayList<>();
        for (int run = 0; run < repetitions; run++) {
            Path copy = work.resolve("run-" + run);
            copyDirectory(used, copy);
            String id = UUID.randomUUID().toString();
            commitInChildAndKill(copy, id);
            if (!isThere(copy, id)) {
                lost.add(id);
            }
        }
        System.out.printf("kill -9 after the first commit on a used database: %d of %d commits lost%n", lost.size(), repetitions);
        assertThat(lost).as("commits lost of %d", repetitions).isEmpty();
    }

    private static void commitInChildAndKill(Path dir, String id) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                UsedDatabaseMain.class.getName(), "commit", dir.toString(), id)
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("committed " + id)) {
                // start-up log lines
            }
            assertThat(line).as("child output").isEqualTo("committed " + id);
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static boolean isThere(Path dir, String id) {
        try (Database db = Database.open(dir, UsedDatabaseMain.KEY.clone())) {
            return db.inTransaction(c -> {
                try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM probe WHERE id = ?")) {
                    select.setString(1, id);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        return rs.getInt(1) == 1;
                    }
                }
            });
        }
    }

    private static void copyDirectory(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            files.forEach(f -> {
                try {
                    Files.copy(f, to.resolve(f.getFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
