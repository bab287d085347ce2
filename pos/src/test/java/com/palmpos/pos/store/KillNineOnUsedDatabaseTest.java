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
 * The first commit on a worn-in database file survives a kill -9 of the process that made it. The file is worn in
 * like the till of the fault run (two sessions of orders, outbox deliveries and purges killed with kill -9, then 300
 * orders closed cleanly). Each repetition copies it, lets a child JVM reopen it,
 * commit one row and report it, kills the child with SIGKILL right after the report, reopens the file and looks
 * for the row. {@code -Dkill9.repetitions=N} runs more repetitions by hand (default 5).
 */
class KillNineOnUsedDatabaseTest {

    @TempDir
    Path work;

    @Test
    void aCommitReportedJustBeforeKillNineIsThereAfterReopeningAUsedDatabase() throws Exception {
        Path used = work.resolve("used");
        // worn in like the till of the fault run: two sessions killed with kill -9 mid-work, one closed cleanly
        ringUpInChildAndKill(used, "rung 600");
        ringUpInChildAndKill(used, "rung 900");
        try (Database db = Database.open(used, UsedDatabaseMain.KEY.clone())) {
            UsedDatabaseMain.fill(db, 300);
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

    @Test
    void aCommitReportedJustBeforeKillNineIsThereAfterACompactionWhileOpen() throws Exception {
        Path used = work.resolve("used");
        ringUpInChildAndKill(used, "rung 300");
        int repetitions = Integer.getInteger("kill9.repetitions", 3);
        List<String> lost = new ArrayList<>();
        for (int run = 0; run < repetitions; run++) {
            Path copy = work.resolve("run-" + run);
            copyDirectory(used, copy);
            String id = UUID.randomUUID().toString();
            runInChildAndKill("committed " + id, "compact-commit", copy.toString(), id);
            if (!isThere(copy, id)) {
                lost.add(id);
            }
        }
        System.out.printf("kill -9 after a commit that followed a compaction while open: %d of %d commits lost%n",
                lost.size(), repetitions);
        assertThat(lost).as("commits lost of %d", repetitions).isEmpty();
    }

    private static void commitInChildAndKill(Path dir, String id) throws Exception {
        runInChildAndKill("committed " + id, "commit", dir.toString(), id);
    }

    private static void ringUpInChildAndKill(Path dir, String killAfter) throws Exception {
        runInChildAndKill(killAfter, "fill", dir.toString(), "0");
    }

    /** Runs {@link UsedDatabaseMain} with {@code args} and kills it with SIGKILL as soon as it prints {@code killAfter}. */
    private static void runInChildAndKill(String killAfter, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                UsedDatabaseMain.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(killAfter)) {
                // start-up log lines and earlier progress
            }
            assertThat(line).as("child output").isEqualTo(killAfter);
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
