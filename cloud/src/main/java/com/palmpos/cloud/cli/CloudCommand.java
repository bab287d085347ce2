package com.palmpos.cloud.cli;

import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.MasterKey;
import com.palmpos.cloud.TestCard;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code palmpos cloud}: runs the PalmPOS cloud service in the foreground until interrupted (Ctrl+C, SIGTERM), then
 * stops gracefully (requests in flight finish within {@link #GRACE}).
 */
@Command(name = "cloud", mixinStandardHelpOptions = true, subcommands = CloudAdminCommand.class,
        description = "Run the PalmPOS cloud service (API v1) until Ctrl+C: on an H2 file in --data (default), or on"
                + " PostgreSQL with --db (password from the environment variable PALMPOS_CLOUD_DB_PASSWORD).")
public final class CloudCommand implements Runnable {
    static final Duration GRACE = Duration.ofSeconds(10);
    static final String PASSWORD_VARIABLE = "PALMPOS_CLOUD_DB_PASSWORD";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on; 0.0.0.0 behind a load balancer (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--data", defaultValue = "cloud-data", description = "the H2 data directory when no --db is given (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost:5432/palmpos")
    String db;

    @Option(names = "--db-user", defaultValue = "palmpos", description = "PostgreSQL user (default: ${DEFAULT-VALUE})")
    String dbUser;

    @Option(names = "--master-key-file", description = "file holding the master key (base64 of 32 bytes) that wraps the"
            + " chains' data keys; default: the environment variable " + MasterKey.VARIABLE + ", else (H2 only)"
            + " master.key in --data, created on first start")
    Path masterKeyFile;

    private final CountDownLatch stopped = new CountDownLatch(1);

    public CloudCommand() {
        // picocli instantiates the command; the service starts in run()
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        CloudEmulator cloud;
        try {
            InetAddress address = InetAddress.getByName(host);
            MasterKey key = masterKeyFile != null ? MasterKey.fromFile(masterKeyFile)
                    : db == null ? CloudEmulator.defaultMasterKey(data) : MasterKey.fromEnvironment(System.getenv());
            cloud = db == null ? CloudEmulator.start(address, port, data, null, key, null, Clock.systemUTC())
                    : CloudEmulator.startOnPostgres(address, port, db, dbUser, System.getenv(PASSWORD_VARIABLE), null,
                    Clock.systemUTC(), key);
        } catch (java.net.UnknownHostException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--host " + host + " is not an address");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cloud.close(GRACE);
            stopped.countDown();
        }, "cloud-shutdown"));
        out.println("PalmPOS cloud on " + cloud.url() + " ("
                + (db == null ? "data in " + data.toAbsolutePath() : "PostgreSQL") + "); /health and /ready for probes");
        out.println("activation code: DEMO-0001; test cards:");
        for (TestCard card : TestCard.values()) {
            out.println("  " + card.pan() + "  " + card.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        out.println("Ctrl+C to stop");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
