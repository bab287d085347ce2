package com.palmpos.app;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKeys;
import com.palmpos.app.wiring.CachedKnownPalms;
import com.palmpos.app.wiring.CachedPalmGallery;
import com.palmpos.app.wiring.CloudLink;
import com.palmpos.app.wiring.CustomerCacheSink;
import com.palmpos.app.wiring.DemoPalms;
import com.palmpos.app.wiring.EngineTemplateMatcher;
import com.palmpos.app.wiring.EnrollmentServices;
import com.palmpos.app.wiring.LateGateway;
import com.palmpos.app.wiring.LocalGalleryThenCloud;
import com.palmpos.sync.outbox.OfflinePaymentResults;
import com.palmpos.app.wiring.LatePalmReader;
import com.palmpos.app.wiring.LiveGalleryUpdates;
import com.palmpos.app.wiring.SavedSettings;
import com.palmpos.app.wiring.SyncStatusBridge;
import com.palmpos.pos.PosServices;
import com.palmpos.pos.PosSettings;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.enrollment.CardTokenizer;
import com.palmpos.pos.enrollment.EnrollmentException;
import com.palmpos.pos.enrollment.EnrollmentProblem;
import com.palmpos.pos.enrollment.SimulatedCardReader;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.outbox.OutboxPurger;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.privacy.RetentionJob;
import com.palmpos.pos.privacy.RetentionPolicy;
import com.palmpos.pos.store.Database;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.camera.CameraDrivers;
import com.palmpos.scanner.camera.CameraSettings;
import com.palmpos.scanner.capture.CaptureSettings;
import com.palmpos.scanner.capture.Identifier;
import com.palmpos.ui.CaptureLoopPalmReader;
import com.palmpos.ui.PosEnrollmentDesk;
import com.palmpos.ui.port.EnrollmentDesk;
import com.palmpos.ui.port.SyncStatus;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a terminal starts after its cashier window shows, because the first sale does not need it: the housekeeping
 * jobs (retention, outbox purge), the cloud link (embedded emulator, registration, sync, the card processor), the
 * palm reader (OpenCV's native library, the gallery from the customer cache, the camera) and, once both are up,
 * enrollment. The cloud link and the palm reader start on two threads of their own; the database is open and
 * compacted before (every write here comes after {@code Database.open}). A part that fails is logged at ERROR and
 * shown where the cashier looks (the sync badge says offline, the camera status says the palm reader did not
 * start, enrollment answers UNAVAILABLE with the reason); the till keeps selling. Thread-safe.
 */
final class BackgroundStart implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundStart.class);

    private final Config config;
    private final TerminalKeys keys;
    private final Database database;
    private final Clock clock;
    private final SyncStatusBridge syncStatus;
    private final SavedSettings saved;
    private final Menu menu;
    private final PosSettings settings;
    private final LateGateway gateway;
    private final PosServices pos;
    private final LatePalmReader palm;
    private final Parameters engine;
    private final EngineTemplateMatcher matcher;

    private final CompletableFuture<CloudLink> cloud = new CompletableFuture<>();
    private final CompletableFuture<CaptureLoopPalmReader> reader = new CompletableFuture<>();
    private final CompletableFuture<EnrollmentServices> enrollment;
    private final CompletableFuture<EnrollmentDesk> desk;
    private final CompletableFuture<Void> done;
    /** The real reader once built, for the cache sink's live gallery updates. */
    private final AtomicReference<CaptureLoopPalmReader> liveReader = new AtomicReference<>();
    private volatile RetentionJob retention;
    private volatile OutboxPurger purger;
    private boolean started;
    private boolean closing;

    BackgroundStart(Config config, TerminalKeys keys, Database database, Clock clock, SyncStatusBridge syncStatus,
            SavedSettings saved, Menu menu, PosSettings settings, LateGateway gateway, PosServices pos,
            LatePalmReader palm) {
        this.config = config;
        this.keys = keys;
        this.database = database;
        this.clock = clock;
        this.syncStatus = syncStatus;
        this.saved = saved;
        this.menu = menu;
        this.settings = settings;
        this.gateway = gateway;
        this.pos = pos;
        this.palm = palm;
        this.engine = saved.engine(Parameters.defaults());
        this.matcher = new EngineTemplateMatcher(engine);
        this.enrollment = cloud.thenCombine(reader, (link, ignored) -> EnrollmentServices.create(database,
                pos.customers(), pos.outbox(), link, new CachedKnownPalms(pos.customers(), matcher),
                new SimulatedCardReader(clock), settings.terminalId(), clock));
        this.desk = enrollment.thenApply(services -> new PosEnrollmentDesk(services.enrollment(),
                services.preEnrollment(), services.loyalty(), services.cardReader(), pos.customers(), pos.loyalty()));
        this.done = CompletableFuture.allOf(cloud, reader, enrollment).handle((ignored, failure) -> {
            LOG.info("Background start-up {} {} ms after JVM start", failure == null ? "complete" : "ended with a"
                    + " failure (see above)", ManagementFactory.getRuntimeMXBean().getUptime());
            return null;
        });
    }

    /** The palm reader the screens use; connected to the real one when it is up. */
    LatePalmReader palm() {
        return palm;
    }

    /** Completes with the enrollment desk once the cloud link and the palm reader are up. */
    CompletableFuture<EnrollmentDesk> desk() {
        return desk;
    }

    /**
     * The card processor's tokenizer, waiting up to {@code wait} for the cloud link; a card read during start-up
     * that waits too long is refused as OFFLINE (the cashier is told to take cash or try again).
     */
    CardTokenizer cardTokenizer(Duration wait) {
        return card -> {
            CloudLink link;
            try {
                link = cloud.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new EnrollmentException(EnrollmentProblem.OFFLINE, "the cloud link is still starting", e);
            } catch (ExecutionException e) {
                throw new EnrollmentException(EnrollmentProblem.OFFLINE, "the cloud link did not start: "
                        + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EnrollmentException(EnrollmentProblem.OFFLINE, "interrupted waiting for the cloud link", e);
            }
            return link.cardTokenizer().tokenize(card);
        };
    }

    /** Completes when every part has started or failed. */
    CompletableFuture<Void> done() {
        return done;
    }

    /** Starts the parts on their own threads; returns at once. Idempotent; nothing starts after {@link #close}. */
    void start() {
        synchronized (this) {
            if (started || closing) {
                return;
            }
            started = true;
        }
        thread("palmpos-start-cloud", this::startCloud).start();
        thread("palmpos-start-palm", this::startPalm).start();
    }

    private static Thread thread(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private void startCloud() {
        try {
            long begin = System.nanoTime();
            CustomerStore customers = pos.customers();
            retention = new RetentionJob(database, customers, pos.outbox(), pos.audit(),
                    RetentionPolicy.ofDays(config.get(ConfigKeys.PRIVACY_RETENTION_DAYS))
                            .withDeliveredOutboxDays(config.get(ConfigKeys.OUTBOX_RETENTION_DAYS)), clock);
            retention.start();
            purger = new OutboxPurger(pos.outbox(), clock,
                    Duration.ofDays(config.get(ConfigKeys.OUTBOX_RETENTION_DAYS)), OutboxPurger.DEFAULT_INTERVAL);
            purger.start();
            // the cache sink starts with the link, the reader after it: pulls before the reader exists are in its
            // first gallery load
            CloudLink link = CloudLink.builder(saved.text(ConfigKeys.CLOUD_URL, config), database, pos.outbox(), clock)
                    .emulator(config.get(ConfigKeys.CLOUD_PORT), TerminalStorage.embeddedCloudStore(
                            config.dataDir().resolve("cloud-emulator"), keys), matcher)
                    .registration(config.get(ConfigKeys.CLOUD_ACTIVATION_CODE),
                            saved.text(ConfigKeys.TERMINAL_NAME, config))
                    .status(syncStatus)
                    .offlinePayments(OfflinePaymentResults.of(pos.payments()))
                    .customers(customers, new CustomerCacheSink(customers, pos.privacy(),
                            new LiveGalleryUpdates(liveReader)))
                    .store(menu.currency(), pos.menus())
                    .start();
            gateway.connect(link.paymentGateway());
            LOG.info("Cloud link started in {} ms, {} ms after JVM start", (System.nanoTime() - begin) / 1_000_000,
                    ManagementFactory.getRuntimeMXBean().getUptime());
            cloud.complete(link);
            releaseOpenPaymentIntents(pos.payments());
        } catch (RuntimeException e) {
            LOG.error("The cloud link did not start; the till sells offline and queues its changes", e);
            syncStatus.offline("the cloud link did not start: " + e.getMessage());
            cloud.completeExceptionally(e);
        }
    }

    private void startPalm() {
        try {
            long begin = System.nanoTime();
            CustomerStore customers = pos.customers();
            sealLegacyCustomerData(customers);
            // asked about palms the local gallery does not know, once the cloud link is up
            CompletableFuture<Identifier> cloudIdentifier = cloud.thenApply(link -> link.palmIdentifier(
                    () -> syncStatus.current().connection() == SyncStatus.Connection.ONLINE,
                    customerId -> customers.palmTemplate(customerId).ifPresent(bytes ->
                            palm.addToGallery(customerId, PalmTemplate.fromBytes(bytes)))));
            Identifier remote = captures -> cloudIdentifier.isDone() && !cloudIdentifier.isCompletedExceptionally()
                    ? cloudIdentifier.join().identify(captures) : new Identifier.Result(null, 0);
            CaptureLoopPalmReader started = startPalmReader(saved.text(ConfigKeys.CAMERA_DEVICE, config),
                    captureSettings(saved.flag(ConfigKeys.CAMERA_DEBUG_CAPTURE, config)), customers, remote);
            liveReader.set(started);
            palm.connect(started);
            LOG.info("Palm reader ready in {} ms, {} ms after JVM start", (System.nanoTime() - begin) / 1_000_000,
                    ManagementFactory.getRuntimeMXBean().getUptime());
            reader.complete(started);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The palm reader did not start; the till sells without palm identification", e);
            palm.fail("The palm reader did not start (" + e.getMessage() + "): sales, cash and cards work; restart"
                    + " the terminal or call support");
            reader.completeExceptionally(e);
        }
    }

    /**
     * Seals what an older version stored in the clear, before the gallery reads the templates: O(customers), so off
     * the path to the first sale (28 s at 31,500 customers under load), and safe while the till sells (see
     * {@link CustomerStore#sealLegacyTemplates()}). A failure is logged and the reader starts anyway: every reader
     * opens both forms, and the next start tries again.
     */
    private static void sealLegacyCustomerData(CustomerStore customers) {
        long begin = System.nanoTime();
        try {
            int sealed = customers.sealLegacyTemplates();
            LOG.info("Legacy customer data check: {} sealed in {} ms", sealed, (System.nanoTime() - begin) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Could not seal customer data stored in the clear by an older version; trying at the next start",
                    e);
        }
    }

    /**
     * The camera from configuration and the gallery from the customer cache; the camera opens on the reader's own
     * thread. Demo mode (camera.driver=simulated) films the demo customers' synthetic hands and enrolls them in
     * memory.
     */
    private CaptureLoopPalmReader startPalmReader(String cameraDevice, CaptureSettings capture,
            CustomerStore customers, Identifier remote) {
        CameraSettings camera = CameraSettings.fromText(config.get(ConfigKeys.CAMERA_DRIVER),
                cameraDevice, config.get(ConfigKeys.CAMERA_RESOLUTION), config.get(ConfigKeys.CAMERA_FPS));
        PalmEngine palmEngine = new PalmEngine(engine);
        Supplier<PalmGallery> stored = () -> CachedPalmGallery.load(customers, engine);
        if (camera.driver() == CameraSettings.Driver.SIMULATED) {
            DemoPalms demo = new DemoPalms(Terminal.DEMO_PALM_SEED, palmEngine);
            CaptureLoopPalmReader started = CaptureLoopPalmReader.start(demo.camera(), camera,
                    capture, palmEngine, demo.withDemoPalms(stored), new LocalGalleryThenCloud(remote));
            demo.setUpInBackground(started);
            return started;
        }
        return CaptureLoopPalmReader.start(CameraDrivers.forHardware(camera.driver()), camera,
                capture, palmEngine, stored, new LocalGalleryThenCloud(remote));
    }

    /** Frames go to disk only in the manager's debug mode (both screens say so while it is on). */
    private CaptureSettings captureSettings(boolean debugCapture) {
        if (!debugCapture) {
            return CaptureSettings.defaults();
        }
        Path frames = config.dataDir().resolve("debug-frames");
        LOG.warn("Camera debug capture is ON: every analysed frame is written to {}", frames);
        return CaptureSettings.defaults().withDebugCapture(frames);
    }

    /**
     * Voids the card authorizations a crash left behind (intents committed before the processor answered), so none
     * stays live until the next card sale; a till selling only cash would otherwise hold them for hours. Unreachable
     * processor: the intents stay open and the next card payment releases them first.
     */
    private static void releaseOpenPaymentIntents(PaymentService payments) {
        try {
            PaymentService.IntentRelease result = payments.releaseOpenIntents();
            if (result.released() > 0 || result.stillOpen() > 0) {
                LOG.warn("Payment intents left by the last run: {} voided with the processor, {} still open",
                        result.released(), result.stillOpen());
            }
        } catch (RuntimeException e) {
            LOG.warn("Open payment intents not released at start-up: the next card payment tries again", e);
        }
    }

    /** The enrollment services, waiting up to {@code wait} for the start-up. */
    EnrollmentServices enrollment(Duration wait) {
        return await(enrollment, wait, "enrollment");
    }

    /** What a soak drives, waiting up to {@code wait} for the start-up. */
    Terminal.Soakable soakable(Duration wait) {
        CloudLink link = await(cloud, wait, "the cloud link");
        CaptureLoopPalmReader started = await(reader, wait, "the palm reader");
        return new Terminal.Soakable(pos, link.client(), enrollment(wait), started);
    }

    private static <T> T await(CompletableFuture<T> part, Duration wait, String what) {
        try {
            return part.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(what + " has not started after " + wait.toSeconds() + " s", e);
        } catch (ExecutionException | CompletionException e) {
            throw new IllegalStateException(what + " did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + what, e);
        }
    }

    /**
     * Waits for a start in progress, then stops the camera, the purge and retention jobs and the cloud link, in that
     * order. The database is the caller's.
     */
    @Override
    public void close() {
        boolean wait;
        synchronized (this) {
            closing = true;
            wait = started;
        }
        if (wait) {
            done.join();
        }
        reader.thenAccept(CaptureLoopPalmReader::close);
        if (purger != null) {
            purger.close();
        }
        if (retention != null) {
            retention.close();
        }
        cloud.thenAccept(CloudLink::close);
    }
}
