package com.palmpos.sync.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.sync.api.AuthorizeRequest;
import com.palmpos.sync.api.CaptureRequest;
import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.api.ConsentChange;
import com.palmpos.sync.api.CustomerChanges;
import com.palmpos.sync.api.EnrollmentRequest;
import com.palmpos.sync.api.EnrollmentResult;
import com.palmpos.sync.api.Health;
import com.palmpos.sync.api.IdentifyRequest;
import com.palmpos.sync.api.IdentifyResult;
import com.palmpos.sync.api.LoyaltyAccount;
import com.palmpos.sync.api.LoyaltyLinkRequest;
import com.palmpos.sync.api.Menu;
import com.palmpos.sync.api.OrderBatch;
import com.palmpos.sync.api.OrderBatchResult;
import com.palmpos.sync.api.OrderPage;
import com.palmpos.sync.api.Payment;
import com.palmpos.sync.api.PreEnrollment;
import com.palmpos.sync.api.PreEnrollmentCompletion;
import com.palmpos.sync.api.PreEnrollmentRequest;
import com.palmpos.sync.api.PrivacyRequest;
import com.palmpos.sync.api.PrivacyRequestResult;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.StoreSettings;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.client.CloudException.Kind;
import com.palmpos.sync.client.internal.BearerAuthInterceptor;
import com.palmpos.sync.client.internal.BodyBufferingInterceptor;
import com.palmpos.sync.client.internal.IdempotencyKeyInterceptor;
import com.palmpos.sync.client.internal.RedactingLoggingInterceptor;
import com.palmpos.sync.client.internal.ResponseReader;
import com.palmpos.sync.client.internal.RetryInterceptor;
import com.palmpos.sync.client.internal.UserAgentInterceptor;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's typed client of cloud API v1. Every call blocks (network time: never call it on the FX thread),
 * retries transient failures within {@link SyncSettings#maxAttempts()}, and either returns the cloud's result or
 * throws a {@link CloudException} saying whether a later retry may help. Mutating calls take an idempotency key:
 * pass the same key when repeating the same logical operation (e.g. after a restart), or {@code null} for a fresh
 * one. Thread-safe; share one instance, {@link #close()} it at shutdown.
 */
public final class CloudClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CloudClient.class);
    private static final MediaType JSON = MediaType.get(ApiJson.JSON);

    private final SyncSettings settings;
    private final OkHttpClient http;
    private final ObjectMapper json = ApiJson.newMapper();
    private final ResponseReader reader;

    /** A client with real sleeps, the system clock and SLF4J request logging. */
    public CloudClient(SyncSettings settings, Supplier<Optional<String>> bearerToken) {
        this(settings, bearerToken, Clock.systemUTC(), Sleeper.real(), LOG::debug);
    }

    /**
     * A client with its waits, clock and request log injected (tests).
     *
     * @param bearerToken the terminal's current token, empty before registration
     * @param requestLog  receives one redacted line per attempt
     */
    public CloudClient(SyncSettings settings, Supplier<Optional<String>> bearerToken, Clock clock, Sleeper sleeper,
                       Consumer<String> requestLog) {
        this.settings = settings;
        this.reader = new ResponseReader(json, settings.maxResponseBytes(), clock);
        Backoff backoff = new Backoff(settings.retryBaseDelay(), settings.retryMaxDelay(), new SecureRandom());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .retryOnConnectionFailure(false) // retries are the RetryInterceptor's decision alone
                .followRedirects(false)
                .addInterceptor(new UserAgentInterceptor(settings.userAgent()))
                .addInterceptor(new BearerAuthInterceptor(bearerToken))
                .addInterceptor(new IdempotencyKeyInterceptor())
                .addInterceptor(new RetryInterceptor(settings.maxAttempts(), backoff, settings.maxRetryAfter(), clock, sleeper))
                .addInterceptor(new RedactingLoggingInterceptor(requestLog))
                .addInterceptor(new BodyBufferingInterceptor(settings.maxResponseBytes()))
                .build();
    }

    /** The settings this client was built with. */
    public SyncSettings settings() {
        return settings;
    }

    public Health health() {
        return get("/v1/health", Health.class);
    }

    /** Exchanges an activation code for the terminal's identity and token (store the token securely). */
    public TerminalRegistration register(RegisterTerminalRequest request, String idempotencyKey) {
        return post("/v1/terminals", request, idempotencyKey, TerminalRegistration.class);
    }

    /**
     * Asks the cloud for a new bearer token for this terminal; the current one stays valid for an overlap (days), so
     * losing this answer locks nothing out. Save the answer's token before using it.
     */
    public TerminalRegistration rotateToken(String idempotencyKey) {
        return post("/v1/terminals/me/token", java.util.Map.of(), idempotencyKey, TerminalRegistration.class);
    }

    public Menu menu(String storeId) {
        return get("/v1/stores/" + segment(storeId) + "/menu", Menu.class);
    }

    public StoreSettings storeSettings(String storeId) {
        return get("/v1/stores/" + segment(storeId) + "/settings", StoreSettings.class);
    }

    /** Customer changes after {@code cursor} ({@code null}: from the beginning). */
    public CustomerChanges customerChanges(String cursor, int limit) {
        return get("/v1/customers/changes?limit=" + limit + (cursor == null ? "" : "&cursor=" + query(cursor)),
                CustomerChanges.class);
    }

    public IdentifyResult identify(byte[] template, String idempotencyKey) {
        return post("/v1/palm/identify", new IdentifyRequest(template), idempotencyKey, IdentifyResult.class);
    }

    public EnrollmentResult enroll(EnrollmentRequest request, String idempotencyKey) {
        return post("/v1/enrollments", request, idempotencyKey, EnrollmentResult.class);
    }

    public PreEnrollment preEnroll(PreEnrollmentRequest request, String idempotencyKey) {
        return post("/v1/pre-enrollments", request, idempotencyKey, PreEnrollment.class);
    }

    /** The pre-enrollment {@code code} if it can still be completed; 404 unknown, 409 used, 410 expired. */
    public PreEnrollment preEnrollment(String code) {
        return get("/v1/pre-enrollments/" + segment(code), PreEnrollment.class);
    }

    public EnrollmentResult completePreEnrollment(String code, PreEnrollmentCompletion request, String idempotencyKey) {
        return post("/v1/pre-enrollments/" + segment(code) + "/completion", request, idempotencyKey, EnrollmentResult.class);
    }

    public LoyaltyAccount linkLoyalty(String customerId, LoyaltyLinkRequest request, String idempotencyKey) {
        return post("/v1/customers/" + segment(customerId) + "/loyalty-link", request, idempotencyKey, LoyaltyAccount.class);
    }

    /** Records a consent decision; a withdrawal erases the customer's palm templates in the cloud. */
    public ConsentChange recordConsent(String customerId, ConsentChange change, String idempotencyKey) {
        return post("/v1/customers/" + segment(customerId) + "/consents", change, idempotencyKey, ConsentChange.class);
    }

    public CardToken tokenizeCard(CardTokenizeRequest request, String idempotencyKey) {
        return post("/v1/cards/tokens", request, idempotencyKey, CardToken.class);
    }

    /** Authorizes a card; a decline is a normal result ({@link Payment#DECLINED}), not an exception. */
    public Payment authorize(AuthorizeRequest request, String idempotencyKey) {
        return post("/v1/payments/authorizations", request, idempotencyKey, Payment.class);
    }

    public Payment capture(String paymentId, CaptureRequest request, String idempotencyKey) {
        return post("/v1/payments/" + segment(paymentId) + "/capture", request, idempotencyKey, Payment.class);
    }

    /** Releases authorization {@code paymentId} (the cloud's id); voiding it again answers the voided payment. */
    public Payment voidPayment(String paymentId, String idempotencyKey) {
        return post("/v1/payments/" + segment(paymentId) + "/void", java.util.Map.of(), idempotencyKey, Payment.class);
    }

    /** Uploads orders; each result says whether that order is stored (accepted or duplicate) or refused. */
    public OrderBatchResult uploadOrders(OrderBatch batch, String idempotencyKey) {
        return post("/v1/orders/batches", batch, idempotencyKey, OrderBatchResult.class);
    }

    /** A page of the store's orders as the cloud holds them ({@code cursor} null: from the first). */
    public OrderPage orders(String storeId, String cursor, int limit) {
        return get("/v1/stores/" + segment(storeId) + "/orders?limit=" + limit
                + (cursor == null ? "" : "&cursor=" + query(cursor)), OrderPage.class);
    }

    public PrivacyRequestResult requestPrivacy(PrivacyRequest request, String idempotencyKey) {
        return post("/v1/privacy-requests", request, idempotencyKey, PrivacyRequestResult.class);
    }

    private <T> T get(String pathAndQuery, Class<T> type) {
        return execute(new Request.Builder().url(url(pathAndQuery)).get().build(), type, "GET " + path(pathAndQuery));
    }

    private <T> T post(String path, Object body, String idempotencyKey, Class<T> type) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request of POST " + path + ": " + e.getOriginalMessage(), e);
        }
        Request.Builder request = new Request.Builder().url(url(path)).post(RequestBody.create(bytes, JSON));
        if (idempotencyKey != null) {
            request.tag(IdempotencyKeyInterceptor.Key.class, new IdempotencyKeyInterceptor.Key(idempotencyKey));
        }
        return execute(request.build(), type, "POST " + path);
    }

    private <T> T execute(Request request, Class<T> type, String call) {
        Response response;
        try {
            response = http.newCall(request).execute();
        } catch (BodyBufferingInterceptor.ResponseTooLargeException e) {
            throw new CloudException(Kind.PROTOCOL, 0, null, null, call + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CloudException(Kind.UNAVAILABLE, 0, null, null, call + ": cannot reach the cloud at "
                    + settings.baseUrl() + " (" + describe(e) + "); the work is kept and will be retried", e);
        }
        return reader.read(response, type, call);
    }

    private HttpUrl url(String pathAndQuery) {
        return HttpUrl.get(settings.baseUrl() + pathAndQuery);
    }

    private static String path(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    }

    private static String segment(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a path parameter must not be blank");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Releases the connection pool and threads. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
