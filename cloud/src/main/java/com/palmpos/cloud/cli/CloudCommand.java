package com.palmpos.cloud.cli;

import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.TestCard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code palmpos cloud}: runs the cloud emulator in the foreground until interrupted (Ctrl+C). */
@Command(name = "cloud", mixinStandardHelpOptions = true,
        description = "Run the PalmPOS cloud emulator (API v1) on loopback until Ctrl+C.")
public final class CloudCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port on 127.0.0.1, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", defaultValue = "cloud-data", description = "the emulator's data directory (default: ${DEFAULT-VALUE})")
    Path data;

    private final CountDownLatch stopped = new CountDownLatch(1);

    public CloudCommand() {
        // picocli instantiates the command; the emulator starts in run()
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        AtomicReference<CloudEmulator> running = new AtomicReference<>(CloudEmulator.start(port, data));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.get().close();
            stopped.countDown();
        }, "cloud-emulator-shutdown"));
        out.println("PalmPOS cloud emulator on " + running.get().url() + " (data in " + data.toAbsolutePath() + ")");
        out.println("activation code: DEMO-0001; test cards:");
        for (TestCard card : TestCard.values()) {
            out.println("  " + card.pan() + "  " + card.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
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
