package com.palmpos.app.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palmpos.app.Terminal;
import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code palmpos soak}: runs the real terminal (screens, camera, palm engine, pos and sync services, the embedded
 * cloud emulator) for {@code --minutes} while a scripted cashier rings up and pays orders through the pos services
 * at an accelerated pace and the demo camera plays customers' hands, and prints resident memory, heap, native
 * memory, the FX thread's worst stall, frames analysed and orders per minute every {@code --interval} seconds.
 * Exit 0 when the {@link SoakVerdict} passes, 1 when it fails (the last line says why), 2 on a bad command line.
 * Needs a display (a desktop, or {@code xvfb-run}); native memory is reported when the JVM runs with
 * {@code -XX:NativeMemoryTracking=summary}.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Run the real terminal (needs a display or xvfb-run) with a scripted cashier and the demo camera,"
                + " and check that memory stays flat.")
public final class SoakCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SoakCommand.class);
    /** The cloud emulator's demo customers, attached to about a third of the orders. */
    private static final List<String> DEMO_CUSTOMERS = List.of("cus-demo-alice", "cus-demo-bruno", "cus-demo-chen");

    @Spec
    CommandSpec spec;

    @Option(names = "--minutes", required = true, description = "how long to run, minutes (fractions allowed)")
    double minutes;

    @Option(names = "--camera", defaultValue = "simulated", paramLabel = "simulated|configured",
            description = "simulated: the demo camera plays customers (default); configured: camera.driver as set")
    String camera;

    @Option(names = "--json", description = "print JSON lines instead of text")
    boolean json;

    @Option(names = "--interval", defaultValue = "30", paramLabel = "SECONDS",
            description = "seconds between samples (default: ${DEFAULT-VALUE})")
    int interval;

    @Option(names = "--warm-up", defaultValue = "2", paramLabel = "MINUTES",
            description = "minutes before the growth baseline is taken (default: ${DEFAULT-VALUE})")
    double warmUp;

    @Option(names = "--orders-per-minute", defaultValue = "30",
            description = "pace of the scripted cashier (default: ${DEFAULT-VALUE})")
    int ordersPerMinute;

    @Option(names = "--max-growth-mb", defaultValue = "50",
            description = "resident memory growth allowed after the warm-up, MB (default: ${DEFAULT-VALUE})")
    long maxGrowthMb;

    @Option(names = "--max-rss-mb", defaultValue = "1000",
            description = "resident memory never to reach, MB (default: ${DEFAULT-VALUE})")
    long maxRssMb;

    @Option(names = "--data", paramLabel = "DIR",
            description = "data directory (default: a new temporary one; never the store's own)")
    Path data;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the order content (default: ${DEFAULT-VALUE})")
    long seed;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        if (!(minutes > 0) || interval < 1 || !(warmUp >= 0) || ordersPerMinute < 1 || ordersPerMinute > 600
                || !List.of("simulated", "configured").contains(camera)) {
            throw new ParameterException(spec.commandLine(), "--minutes and --warm-up must be positive, --interval"
                    + " at least 1 s, --orders-per-minute 1..600 and --camera simulated or configured");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data != null ? data : Files.createTempDirectory("palmpos-soak-");
        Map<String, String> environment = new HashMap<>(System.getenv());
        if (camera.equals("simulated")) {
            environment.put("PALMPOS_CAMERA_DRIVER", "simulated");
        }
        Config config = new ConfigLoader(environment, Path.of(System.getProperty("user.home")))
                .load(Optional.empty(), Optional.of(dir));
        ProcessMemory memory = new ProcessMemory();
        SoakVerdict.Limits limits = new SoakVerdict.Limits(warmUp * 60, maxGrowthMb, maxRssMb);
        List<SoakVerdict.Point> points = new ArrayList<>();
        try (ErrorCounter errors = ErrorCounter.attach()) {
            header(out, dir, memory);
            Terminal terminal = Terminal.open(config);
            long started = System.nanoTime();
            Thread screens = new Thread(terminal::runUntilClosed, "palmpos-soak-screens");
            // the screens first: JavaFX starts with them, and the palm reader and cloud link start in the background
            // once the cashier window shows, so soakable() (which waits for them) and the FX stall meter come after
            screens.start();
            try {
                Terminal.Soakable soakable = terminal.soakable();
                try (FxStallMeter stalls = new FxStallMeter();
                        SoakCashier cashier = SoakCashier.start(soakable, new OrderScript(seed, false),
                                DEMO_CUSTOMERS, ordersPerMinute)) {
                    long end = started + (long) (minutes * 60e9);
                    long frames0 = 0;
                    long orders0 = 0;
                    long last = started;
                    while (System.nanoTime() < end) {
                        TimeUnit.NANOSECONDS.sleep(Math.min(end - System.nanoTime(), interval * 1_000_000_000L));
                        long now = System.nanoTime();
                        long frames = soakable.palm().framesAnalysed();
                        long orders = cashier.paid();
                        double span = (now - last) / 1e9;
                        ProcessMemory.Reading r = memory.read();
                        SoakVerdict.Point point = new SoakVerdict.Point((now - started) / 1e9, r.rssMb(), frames, orders,
                                errors.count());
                        points.add(point);
                        sample(out, point, r, stalls.takeWorstMillis(), (frames - frames0) / span,
                                (orders - orders0) * 60 / span, cashier.failed(), limits);
                        frames0 = frames;
                        orders0 = orders;
                        last = now;
                    }
                }
            } finally {
                terminal.closeScreens();
                screens.join(10_000);
                terminal.close();
            }
            SoakVerdict verdict = SoakVerdict.of(points, limits);
            summary(out, verdict, errors.first(), dir);
            return verdict.passed() ? 0 : 1;
        }
    }

    private void header(PrintWriter out, Path dir, ProcessMemory memory) throws Exception {
        ProcessMemory.Reading r = memory.read();
        String nmt = memory.nativeTrackingOn() ? "on" : "off (start java with -XX:NativeMemoryTracking=summary)";
        if (json) {
            out.println(mapper.writeValueAsString(mapper.createObjectNode().put("soak", "start")
                    .put("minutes", minutes).put("warm_up_minutes", warmUp).put("camera", camera)
                    .put("orders_per_minute_target", ordersPerMinute).put("heap_max_mb", r.heapMaxMb())
                    .put("native_memory_tracking", memory.nativeTrackingOn()).put("data", dir.toString())));
        } else {
            out.printf(Locale.ROOT, "soak: %.1f min (warm-up %.1f min), camera %s, %d orders/min, heap max %d MB,"
                    + " native memory tracking %s, data in %s%n", minutes, warmUp, camera, ordersPerMinute,
                    r.heapMaxMb(), nmt, dir);
        }
        out.flush();
    }

    private void sample(PrintWriter out, SoakVerdict.Point p, ProcessMemory.Reading r, long stallMs,
            double framesPerSecond, double ordersPerMin, long failedOrders, SoakVerdict.Limits limits)
            throws Exception {
        String phase = p.seconds() < limits.warmUpSeconds() ? "warm-up" : "measure";
        if (json) {
            ObjectNode line = mapper.createObjectNode().put("t_s", Math.round(p.seconds())).put("phase", phase)
                    .put("rss_mb", r.rssMb()).put("heap_used_mb", r.heapUsedMb())
                    .put("heap_committed_mb", r.heapCommittedMb()).put("direct_mb", r.directMb());
            if (r.nmtCommittedMb() >= 0) {
                line.put("nmt_committed_mb", r.nmtCommittedMb());
            } else {
                line.putNull("nmt_committed_mb");
            }
            line.put("fx_worst_stall_ms", stallMs).put("frames_analysed", p.framesAnalysed())
                    .put("frames_per_s", round1(framesPerSecond)).put("orders", p.orders())
                    .put("orders_per_min", round1(ordersPerMin)).put("orders_failed", failedOrders)
                    .put("errors", p.errors());
            out.println(mapper.writeValueAsString(line));
        } else {
            out.printf(Locale.ROOT, "%6.0f s %-7s RSS %4d MB  heap %3d/%3d MB  direct %2d MB  NMT %s  FX stall %4d ms"
                    + "  frames %6d (%.1f/s)  orders %5d (%.1f/min, %d failed)  errors %d%n", p.seconds(), phase,
                    r.rssMb(), r.heapUsedMb(), r.heapCommittedMb(), r.directMb(),
                    r.nmtCommittedMb() >= 0 ? r.nmtCommittedMb() + " MB" : "-", stallMs, p.framesAnalysed(),
                    framesPerSecond, p.orders(), ordersPerMin, failedOrders, p.errors());
        }
        out.flush();
    }

    private void summary(PrintWriter out, SoakVerdict v, String firstError, Path dir) throws Exception {
        String text = v.passed()
                ? String.format(Locale.ROOT, "soak passed: RSS %d MB after the warm-up, %d MB at the end (%+d MB),"
                        + " max %d MB; no ERROR in the log", v.baselineRssMb(), v.lastRssMb(), v.growthMb(),
                        v.maxRssMb())
                : "soak FAILED: " + String.join("; ", v.failures())
                        + (firstError != null ? " (first ERROR: " + firstError + ")" : "");
        if (json) {
            out.println(mapper.writeValueAsString(mapper.createObjectNode().put("soak", "end")
                    .put("passed", v.passed()).put("baseline_rss_mb", v.baselineRssMb())
                    .put("last_rss_mb", v.lastRssMb()).put("max_rss_mb", v.maxRssMb())
                    .put("growth_mb", v.growthMb()).put("summary", text).put("log", dir.resolve("logs").toString())));
        } else {
            out.println(text);
        }
        out.flush();
        LOG.info("{}", text);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
