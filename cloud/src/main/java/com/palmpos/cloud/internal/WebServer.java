package com.palmpos.cloud.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server (Javalin on Jetty 12): one endpoint per {@link Route}, problem answers for unknown paths and
 * methods, {@code /health} and {@code /ready} for load balancers, one structured access-log line per request and a
 * graceful stop that lets in-flight requests finish. Thread-safe.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("com.palmpos.cloud.access");
    private static final int MAX_THREADS = 64;

    private final Javalin app;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving {@code routes} on {@code host:port} (port 0: any free one).
     *
     * @throws RuntimeException if the port cannot be bound
     */
    public static WebServer start(InetAddress host, int port, List<Route> routes, HttpFront front, CloudDatabase db) {
        return start(host, port, routes, front, db, config -> { });
    }

    /** As above, plus {@code pages}: more endpoints outside API v1 (the customer web pages). */
    public static WebServer start(InetAddress host, int port, List<Route> routes, HttpFront front, CloudDatabase db,
                                  java.util.function.Consumer<io.javalin.config.JavalinConfig> pages) {
        WebServer[] self = new WebServer[1];
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = HttpFront.MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.host = host.getHostAddress();
            config.jetty.port = port;
            QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4);
            pool.setName("cloud-http");
            config.jetty.threadPool = pool;
            config.requestLogger.http(WebServer::logAccess);
            config.routes.before(ctx -> self[0].admit(ctx));
            config.routes.after(ctx -> self[0].inFlight.decrementAndGet());
            config.routes.get("/health", ctx -> status(ctx, 200, "UP"));
            config.routes.get("/ready", ctx -> self[0].ready(ctx, db));
            for (Route route : routes) {
                config.routes.addHttpHandler(route.mutating() ? HandlerType.POST : HandlerType.GET, route.template(),
                        ctx -> front.handle(ctx, route));
            }
            pages.accept(config);
            config.routes.exception(ApiError.class, (e, ctx) -> front.refuse(ctx, e));
            // error handlers run for every 404/405, also those an operation answered: only fill in unrouted ones
            config.routes.error(404, ctx -> {
                if (ctx.attribute(HttpFront.ANSWERED) == null) {
                    front.refuse(ctx, ApiError.notFound("no operation at " + ctx.path() + " (see openapi/palmpos-v1.yaml)"));
                }
            });
            config.routes.error(405, ctx -> {
                if (ctx.attribute(HttpFront.ANSWERED) == null) {
                    front.refuse(ctx, new ApiError(405, "method-not-allowed", "Method not allowed",
                            ctx.method().name() + " " + ctx.path()));
                }
            });
        });
        self[0] = new WebServer(app);
        app.start();
        return self[0];
    }

    public int port() {
        return app.port();
    }

    private void admit(Context ctx) {
        inFlight.incrementAndGet();
        if (draining.get() && !ctx.path().equals("/health")) {
            ctx.header("Retry-After", "1");
            throw new ApiError(503, "unavailable", "Temporarily unavailable", "this cloud instance is shutting down: retry");
        }
    }

    private void ready(Context ctx, CloudDatabase db) {
        if (draining.get()) {
            status(ctx, 503, "DRAINING");
            return;
        }
        try (Connection c = db.connection(); PreparedStatement ping = c.prepareStatement("SELECT 1")) {
            ping.execute();
            status(ctx, 200, "READY");
        } catch (SQLException e) {
            LOG.warn("Readiness check: database unreachable ({})", e.getSQLState());
            status(ctx, 503, "DATABASE_UNREACHABLE");
        }
    }

    private static void status(Context ctx, int code, String status) {
        ctx.status(code).contentType("application/json").result("{\"status\":\"" + status + "\"}");
    }

    private static void logAccess(Context ctx, Float millis) {
        String terminal = ctx.attribute(HttpFront.CALLER_ATTRIBUTE);
        ACCESS.atInfo().setMessage("access")
                .addKeyValue("method", ctx.method().name())
                .addKeyValue("path", ctx.path())
                .addKeyValue("status", ctx.statusCode())
                .addKeyValue("ms", Math.round(millis * 10) / 10.0)
                .addKeyValue("terminal", terminal == null ? "-" : terminal)
                .addKeyValue("remote", ctx.ip())
                .log();
    }

    /**
     * Stops taking new requests (they get 503 with Retry-After, {@code /ready} answers 503), waits up to
     * {@code grace} for the requests in flight to finish, then stops the server. Idempotent.
     */
    public void stop(Duration grace) {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        long deadline = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (inFlight.get() > 0) {
            LOG.warn("Stopping with {} request(s) still in flight after {}", inFlight.get(), grace);
        }
        app.stop();
    }

    @Override
    public void close() {
        stop(Duration.ZERO);
    }
}
