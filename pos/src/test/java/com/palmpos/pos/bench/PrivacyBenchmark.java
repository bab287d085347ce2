package com.palmpos.pos.bench;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Costs of the privacy work on an H2 file: building the gallery from 1,000 encrypted templates (768 bytes each, one
 * AES-GCM decryption per template), one audit append (head lock, SHA-256, insert), and verifying a chain of 10,000
 * audit entries. Run: {@code mvn -B -o -pl pos -am -Pbench test-compile exec:exec
 * -Dbench.args="PrivacyBenchmark -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PrivacyBenchmark {
    private Path dir;
    private Database db;
    private CustomerStore customers;
    private AuditLog appendLog;
    private AuditLog verifyLog;
    private Database verifyDb;
    private Path verifyDir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Clock clock = Clock.systemUTC();
        dir = Files.createTempDirectory("palmpos-privacy-bench");
        db = Database.open(dir, null, "pos");
        customers = new CustomerStore(db, clock, Terminal.templateCipher());
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            byte[] template = new byte[768];
            random.nextBytes(template);
            customers.savePalmTemplate("cust-" + i, template);
        }
        appendLog = new AuditLog(db, clock, "bench");
        verifyDir = Files.createTempDirectory("palmpos-audit-bench");
        verifyDb = Database.open(verifyDir, null, "pos");
        verifyLog = new AuditLog(verifyDb, clock, "bench");
        verifyDb.inTransaction(c -> {
            for (int i = 0; i < 10_000; i++) {
                verifyLog.append(c, "manager", AuditAction.IDENTIFIED_PAYMENT, "cust-" + (i % 1000), "APPROVED",
                        "order " + i + ", USD 12.40 to VISA 4242");
            }
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
        verifyDb.close();
    }

    @Benchmark
    public Map<String, byte[]> galleryOf1000EncryptedTemplates() {
        return customers.allPalmTemplates();
    }

    @Benchmark
    public long auditAppend() {
        return appendLog.record("manager", AuditAction.SECOND_FACTOR, "cust-1", "PASSED", "").seq();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public boolean verifyChainOf10000() {
        return verifyLog.verify().intact();
    }
}
