package com.palmpos.cloud.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.cloud.FaultInjector;
import com.palmpos.cloud.FaultInjector.Fault;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.sync.api.Problem;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Savepoint;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's request pipeline behind the HTTP server: body cap (before authentication), authentication,
 * idempotency, problem responses and injected faults. Each request runs in one database transaction together with
 * its idempotency record. Thread-safe.
 */
public final class HttpFront {
    private static final Logger LOG = LoggerFactory.getLogger(HttpFront.class);
    /**
     * The largest request body read, checked before authentication so an anonymous caller cannot make the server
     * buffer more. The largest legitimate request is an order batch of 100 orders or an enrollment with a few
     * templates: both well under 256 KiB.
     */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The request attribute holding the authenticated terminal's id, for the access log. */
    public static final String CALLER_ATTRIBUTE = "palmpos.terminal";
    /** Set on a request an operation answered, so the server's 404/405 fallbacks leave its problem alone. */
    public static final String ANSWERED = "palmpos.answered";

    private final CloudDatabase db;
    private final FaultInjector faults;
    private final ObjectMapper json;
    private final Clock clock;
    private final IdempotencyLedger ledger = new IdempotencyLedger();
    private final Sealer sealer;

    public HttpFront(CloudDatabase db, FaultInjector faults, ObjectMapper json, Clock clock) {
        this(db, faults, json, clock, null);
    }

    /**
     * @param sealer seals the answers kept in the idempotency ledger with the caller's chain key (they may carry
     *               names, card tokens); {@code null} keeps them as they are
     */
    public HttpFront(CloudDatabase db, FaultInjector faults, ObjectMapper json, Clock clock, Sealer sealer) {
        this.db = db;
        this.faults = faults;
        this.json = json;
        this.clock = clock;
        this.sealer = sealer;
    }

    private record Outcome(int status, String contentType, byte[] body, boolean replayed) {
    }

    /** Serves {@code route} for the request in {@code ctx}; never throws for a bad request. */
    public void handle(Context ctx, Route route) throws IOException {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        String path = ctx.path();
        Fault fault = route.template().equals("/v1/health") ? null : faults.poll();
        if (fault != null && fault.kind() == FaultInjector.Kind.FAIL_500) {
            send(ctx, problem(new ApiError(500, "injected-failure", "Internal error", "fault injected"), path), null);
            return;
        }
        if (fault != null && fault.kind() == FaultInjector.Kind.UNAVAILABLE_503) {
            ctx.header("Retry-After", Long.toString(fault.duration().toSeconds()));
            send(ctx, problem(new ApiError(503, "unavailable", "Temporarily unavailable", "fault injected"), path), null);
            return;
        }
        Outcome outcome;
        try {
            outcome = serve(ctx, route, path);
        } catch (ApiError e) {
            outcome = problem(e, path);
        } catch (RuntimeException e) {
            // the detail never carries the exception's message: it may hold SQL or the caller's input
            LOG.error("Cloud failed on {} {}", route.method(), route.template(), e);
            outcome = problem(new ApiError(500, "internal", "Internal error",
                    "the cloud could not complete the request; it is logged, retry later"), path);
        }
        send(ctx, outcome, fault);
    }

    /** A problem response for a request no route serves, e.g. 404 or 405. */
    public void refuse(Context ctx, ApiError error) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        Outcome outcome = problem(error, ctx.path());
        ctx.status(outcome.status()).contentType(outcome.contentType()).result(outcome.body());
    }

    private Outcome serve(Context ctx, Route route, String path) throws IOException {
        byte[] body = readBody(ctx);
        String key = ctx.header(IDEMPOTENCY_KEY);
        if (route.mutating() && (key == null || key.isBlank() || key.length() > 100)) {
            throw ApiError.badRequest("every POST needs an Idempotency-Key header of 1..100 characters (a UUID is usual)");
        }
        String token = bearer(ctx.header("Authorization"));
        Call call = new Call(Caller.ANONYMOUS, Map.copyOf(ctx.pathParamMap()), query(ctx), body, json, clock.instant(),
                ctx.ip());
        if (!route.mutating()) {
            return db.inTransaction(tx -> {
                Caller caller = route.authenticated() ? TerminalApi.authenticate(tx, token, clock.instant()) : Caller.ANONYMOUS;
                ctx.attribute(CALLER_ATTRIBUTE, caller.scope());
                return render(route.handler().handle(withCaller(call, caller), tx), path);
            });
        }
        String hash = IdempotencyLedger.requestHash(route.method(), path, body);
        Caller caller = route.authenticated()
                ? db.inTransaction(tx -> TerminalApi.authenticate(tx, token, clock.instant())) : Caller.ANONYMOUS;
        ctx.attribute(CALLER_ATTRIBUTE, caller.scope());
        ReentrantLock lock = ledger.lockFor(caller.scope(), key);
        lock.lock();
        try {
            return db.inTransaction(tx -> {
                Optional<IdempotencyLedger.Stored> stored = ledger.find(tx, caller.scope(), key);
                if (stored.isPresent()) {
                    if (!stored.get().requestHash().equals(hash)) {
                        throw ApiError.unprocessable("idempotency-key-reused", "this Idempotency-Key was first used"
                                + " with a different request: use a new key for a new request");
                    }
                    if (route.deliversSecret() && stored.get().status() < 300) {
                        throw ApiError.conflict("already-registered", route.authenticated()
                                ? "this token rotation was completed and its token is handed out once only: keep using"
                                + " the previous token and rotate again with a new Idempotency-Key"
                                : "this registration was completed and its token is handed out once only: ask the back"
                                + " office for a new activation code");
                    }
                    return new Outcome(stored.get().status(), stored.get().contentType(),
                            open(caller, stored.get().body()), true);
                }
                Savepoint before = tx.setSavepoint();
                Outcome outcome;
                try {
                    outcome = render(route.handler().handle(withCaller(call, caller), tx), path);
                } catch (ApiError e) {
                    tx.rollback(before);
                    outcome = problem(e, path);
                }
                if (outcome.status() < 500) {
                    // a secret-bearing answer is recorded without its body: no token in clear at rest
                    byte[] kept = route.deliversSecret() && outcome.status() < 300 ? new byte[0] : seal(caller, outcome.body());
                    ledger.save(tx, caller.scope(), key,
                            new IdempotencyLedger.Stored(hash, outcome.status(), outcome.contentType(), kept), clock.instant());
                }
                return outcome;
            });
        } finally {
            lock.unlock();
        }
    }

    private byte[] seal(Caller caller, byte[] body) {
        return sealer == null || caller.chainId() == null ? body : sealer.sealBytes(caller.chainId(), body);
    }

    private byte[] open(Caller caller, byte[] body) {
        return sealer == null || caller.chainId() == null ? body : sealer.openBytes(caller.chainId(), body);
    }

    private static Call withCaller(Call call, Caller caller) {
        return new Call(caller, call.path(), call.query(), call.body(), call.json(), call.now(), call.remote());
    }

    private Outcome render(Reply reply, String path) {
        try {
            return new Outcome(reply.status(), ApiJson.JSON, json.writeValueAsBytes(reply.body()), false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the response of " + path, e);
        }
    }

    private Outcome problem(ApiError error, String path) {
        Problem problem = error.toProblem(path);
        try {
            return new Outcome(problem.status(), ApiJson.PROBLEM_JSON, json.writeValueAsBytes(problem), false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem response", e);
        }
    }

    /** Reads at most {@link #MAX_BODY_BYTES}; a declared or actual larger body is refused without reading on. */
    private static byte[] readBody(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "body-too-large", "Request too large",
                "request bodies are limited to " + MAX_BODY_BYTES + " bytes: send fewer orders per batch");
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }

    private static Map<String, String> query(Context ctx) {
        Map<String, String> query = new HashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                query.put(name, values.get(0));
            }
        });
        return query;
    }

    private static void send(Context ctx, Outcome outcome, Fault fault) throws IOException {
        if (outcome.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        if (fault != null && fault.kind() == FaultInjector.Kind.COMMIT_THEN_DELAY) {
            sleep(fault);
        }
        if (fault != null && fault.kind() == FaultInjector.Kind.RESET_MID_RESPONSE) {
            cutMidResponse(ctx, outcome);
            return;
        }
        ctx.status(outcome.status()).contentType(outcome.contentType()).result(outcome.body());
    }

    /** Sends the headers and half the body, then closes the connection under the client. */
    private static void cutMidResponse(Context ctx, Outcome outcome) throws IOException {
        HttpServletResponse res = ctx.res();
        res.setStatus(outcome.status());
        res.setContentType(outcome.contentType());
        res.setContentLength(outcome.body().length);
        OutputStream out = res.getOutputStream();
        out.write(outcome.body(), 0, outcome.body().length / 2);
        out.flush();
        ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection().getEndPoint().close();
    }

    private static void sleep(Fault fault) {
        try {
            Thread.sleep(fault.duration().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The paths and methods of {@code routes}, for 405 answers. */
    public static boolean anyRouteMatches(List<Route> routes, String path) {
        return routes.stream().anyMatch(r -> r.match(path) != null);
    }
}
