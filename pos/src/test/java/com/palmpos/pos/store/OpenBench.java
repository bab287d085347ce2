package com.palmpos.pos.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Start-up figures of {@link Database#open} in a fresh JVM (class loading included, as at a till's start): how long the
 * open of the terminal's migration sets takes with the schema fingerprint (Flyway skipped) or without it (Flyway
 * validates), and what the safety copy costs against the clean-close check. Run each case in its own JVM:
 * {@code java -cp ... com.palmpos.pos.store.OpenBench DIR [--force-flyway-next]}; the option deletes the fingerprints
 * after the timed open, so the next run's open goes through Flyway (which records them again).
 */
public final class OpenBench {
    private OpenBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean forceNext = args.length > 1 && args[1].equals("--force-flyway-next");
        Path file = dir.resolve("palmpos.mv.db");
        boolean existed = Files.exists(file);
        boolean fingerprinted = existed && !Database.needsSafetyCopy(file); // warms nothing Flyway needs
        long begin = System.nanoTime();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Database db = Database.open(dir, null, "pos", "sync");
        long ms = (System.nanoTime() - begin) / 1_000_000;
        long cpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        if (forceNext) {
            db.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM palmpos_schema_fingerprints"));
        }
        db.close();
        long size = Files.size(file);
        long t0 = System.nanoTime();
        boolean needCopy = Database.needsSafetyCopy(file);
        long checkMs = (System.nanoTime() - t0) / 1_000_000;
        Path copy = dir.resolve("bench.copy");
        long t1 = System.nanoTime();
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long copyMs = (System.nanoTime() - t1) / 1_000_000;
        Files.delete(copy);
        System.out.printf("open %d ms (main thread CPU %d ms), last close %s; file %.1f MB: clean-close check %d ms"
                + " (copy needed: %s), a full copy %d ms%n", ms, cpuMs,
                !existed ? "none (new database)" : fingerprinted ? "clean" : "not clean", size / 1e6, checkMs,
                needCopy, copyMs);
    }
}
