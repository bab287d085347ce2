package com.palmpos.cloud.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.sync.api.Problem;
import com.palmpos.cloud.FaultInjector;
import com.palmpos.cloud.FaultInjector.Fault;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Savepoint;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's HTTP front: routing, authentication, idempotency, problem responses and injected faults. Each
 * request runs in one database transaction together with its idempotency record. Thread-safe.
 */
public final class HttpFront implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(HttpFront.class);
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Database db;
    private final List<Route> routes;
    private final FaultInjector faults;
    private final ObjectMapper json;
    private final Clock clock;
    private final IdempotencyLedger ledger = new IdempotencyLedger();

    public HttpFront(Database db, List<Route> routes, FaultInjector faults, ObjectMapper json, Clock clock) {
        this.db = db;
        this.routes = List.copyOf(routes);
        this.faults = faults;
        this.json = json;
        this.clock = clock;
    }

    private record Outcome(int status, String contentType, byte[] body, boolean replayed) {
    }

    /** Thrown to make the server drop the connection (the JDK server closes it on an escaping exception). */
    private static final class ConnectionCut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConnectionCut() {
            super("fault injected: connection cut mid-response", null, false, false);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        try (exchange) {
            Fault fault = path.equals("/v1/health") ? null : faults.poll();
            if (fault != null && fault.kind() == FaultInjector.Kind.FAIL_500) {
                send(exchange, problem(new ApiError(500, "injected-failure", "Internal error", "fault injected"), path), null);
                return;
            }
            if (fault != null && fault.kind() == FaultInjector.Kind.UNAVAILABLE_503) {
                exchange.getResponseHeaders().set("Retry-After", Long.toString(fault.duration().toSeconds()));
                send(exchange, problem(new ApiError(503, "unavailable", "Temporarily unavailable", "fault injected"), path), null);
                return;
            }
            Outcome outcome;
            try {
                outcome = serve(exchange, method, path);
            } catch (ApiError e) {
                outcome = problem(e, path);
            } catch (RuntimeException e) {
                LOG.error("Emulator failed on {} {}", method, path, e);
                outcome = problem(new ApiError(500, "internal", "Internal error", e.getMessage()), path);
            }
            send(exchange, outcome, fault);
        }
    }

    private Outcome serve(HttpExchange exchange, String method, String path) throws IOException {
        Route route = null;
        Map<String, String> params = null;
        boolean pathKnown = false;
        for (Route candidate : routes) {
            Map<String, String> match = candidate.match(path);
            if (match != null) {
                pathKnown = true;
                if (candidate.method().equals(method)) {
                    route = candidate;
                    params = match;
                    break;
                }
            }
        }
        if (route == null) {
            throw pathKnown ? new ApiError(405, "method-not-allowed", "Method not allowed", method + " " + path)
                    : ApiError.notFound("no operation at " + path + " (see openapi/palmpos-v1.yaml)");
        }
        byte[] body = readBody(exchange.getRequestBody());
        String key = exchange.getRequestHeaders().getFirst(IDEMPOTENCY_KEY);
        if (route.mutating() && (key == null || key.isBlank() || key.length() > 100)) {
            throw ApiError.badRequest("every POST needs an Idempotency-Key header of 1..100 characters (a UUID is usual)");
        }
        String token = bearer(exchange.getRequestHeaders().getFirst("Authorization"));
        Route chosen = route;
        Call call = new Call(Caller.ANONYMOUS, params, query(exchange.getRequestURI().getRawQuery()), body, json, clock.instant());
        if (!route.mutating()) {
            return db.inTransaction(tx -> render(chosen.handler().handle(
                    withCaller(call, chosen.authenticated() ? TerminalApi.authenticate(tx, token) : Caller.ANONYMOUS), tx), path));
        }
        String hash = IdempotencyLedger.requestHash(method, path, body);
        Caller caller = chosen.authenticated()
                ? db.inTransaction(tx -> TerminalApi.authenticate(tx, token)) : Caller.ANONYMOUS;
        ReentrantLock lock = ledger.lockFor(caller.scope(), key);
        lock.lock();
        try {
            return db.inTransaction(tx -> {
                Optional<IdempotencyLedger.Stored> stored = ledger.find(tx, caller.scope(), key);
                if (stored.isPresent()) {
                    if (!stored.get().requestHash().equals(hash)) {
                        throw ApiError.unprocessable("idempotency-key-reused", "Idempotency-Key " + key
                                + " was first used with a different request: use a new key for a new request");
                    }
                    return new Outcome(stored.get().status(), stored.get().contentType(), stored.get().body(), true);
                }
                Savepoint before = tx.setSavepoint();
                Outcome outcome;
                try {
                    outcome = render(chosen.handler().handle(withCaller(call, caller), tx), path);
                } catch (ApiError e) {
                    tx.rollback(before);
                    outcome = problem(e, path);
                }
                if (outcome.status() < 500) {
                    ledger.save(tx, caller.scope(), key,
                            new IdempotencyLedger.Stored(hash, outcome.status(), outcome.contentType(), outcome.body()), clock.instant());
                }
                return outcome;
            });
        } finally {
            lock.unlock();
        }
    }

    private static Call withCaller(Call call, Caller caller) {
        return new Call(caller, call.path(), call.query(), call.body(), call.json(), call.now());
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

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiError(413, "body-too-large", "Request too large",
                    "request bodies are limited to " + MAX_BODY_BYTES + " bytes: send fewer orders per batch");
        }
        return body;
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }

    private static void send(HttpExchange exchange, Outcome outcome, Fault fault) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", outcome.contentType());
        if (outcome.replayed()) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        if (fault != null && fault.kind() == FaultInjector.Kind.COMMIT_THEN_DELAY) {
            sleep(fault);
        }
        exchange.sendResponseHeaders(outcome.status(), outcome.body().length);
        OutputStream out = exchange.getResponseBody();
        if (fault != null && fault.kind() == FaultInjector.Kind.RESET_MID_RESPONSE) {
            out.write(outcome.body(), 0, outcome.body().length / 2);
            out.flush();
            throw new ConnectionCut();
        }
        out.write(outcome.body());
    }

    private static void sleep(Fault fault) {
        try {
            Thread.sleep(fault.duration().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
