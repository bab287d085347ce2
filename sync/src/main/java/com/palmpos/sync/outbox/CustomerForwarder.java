package com.palmpos.sync.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.pos.consent.ConsentStore;
import com.palmpos.pos.crypto.KeyException;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.enrollment.CustomerMessages;
import com.palmpos.pos.outbox.OutboxEntry;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.sync.api.ConsentChange;
import com.palmpos.sync.api.ConsentRecord;
import com.palmpos.sync.api.EnrollmentRequest;
import com.palmpos.sync.api.LoyaltyLinkRequest;
import com.palmpos.sync.client.Backoff;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the customer changes made at the counter (entity {@value ConsentStore#ENTITY}), one message per customer and
 * round so they reach the cloud in order, each with its message id as idempotency key:
 * <ul>
 * <li>{@code customer.enrolled}: {@code POST /v1/enrollments} with the terminal's customer id and the palm template
 * read from the customer store now (a template deleted since, by a withdrawal, is never sent: the enrollment is then
 * dropped, as there is nothing the customer still agrees to send). 409 {@code customer-exists} means an earlier
 * delivery got through: delivered.</li>
 * <li>{@code consent.accepted} / {@code consent.withdrawn}: {@code POST /v1/customers/{id}/consents}. A withdrawal of
 * a customer the cloud does not hold (404) has nothing left to erase: delivered.</li>
 * <li>{@code loyalty.linked}: {@code POST /v1/customers/{id}/loyalty-link}; 409 (number taken) is rejected for a
 * manager.</li>
 * </ul>
 * Transient failures retry with backoff; other refusals are kept as rejected. Not thread-safe: the worker's thread.
 */
final class CustomerForwarder {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerForwarder.class);

    private final OutboxStore outbox;
    private final CloudClient client;
    private final CustomerStore customers;
    private final Clock clock;
    private final Backoff backoff;
    private final ObjectMapper json = ApiJson.newMapper();

    CustomerForwarder(OutboxStore outbox, CloudClient client, CustomerStore customers, Clock clock, Backoff backoff) {
        this.outbox = outbox;
        this.client = client;
        this.customers = customers;
        this.clock = clock;
        this.backoff = backoff;
    }

    /** The entity whose messages this forwarder sends (every kind but the privacy request). */
    static final String ENTITY = ConsentStore.ENTITY;

    RoundResult forward(OutboxEntry entry) {
        String kind = entry.message().kind();
        String key = entry.message().messageId().toString();
        String customerId = entry.message().entityId();
        JsonNode p;
        try {
            p = json.readTree(entry.message().payloadJson());
        } catch (IOException e) {
            return reject(entry, "customer message " + kind + " of " + customerId + " is unreadable (" + e.getMessage()
                    + "): it cannot be sent");
        }
        try {
            switch (kind) {
                case CustomerMessages.KIND_ENROLLED -> {
                    Optional<EnrollmentRequest> request;
                    try {
                        request = enrollment(customerId, p);
                    } catch (IOException | KeyException e) {
                        LOG.info("Enrollment of {} not sent: its data was erased before upload", customerId);
                        return delivered(entry);
                    }
                    if (request.isEmpty()) {
                        LOG.info("Enrollment of {} not sent: its palm template was deleted before upload", customerId);
                        return delivered(entry);
                    }
                    client.enroll(request.get(), key);
                }
                case ConsentStore.KIND_ACCEPTED, ConsentStore.KIND_WITHDRAWN -> client.recordConsent(customerId,
                        new ConsentChange(p.path("decision").asText(), p.path("policyVersion").asText(),
                                Instant.parse(p.path("decidedAt").asText()), p.path("channel").asText("counter"),
                                p.path("terminalId").asText(null)), key);
                case CustomerMessages.KIND_LOYALTY_LINKED -> client.linkLoyalty(customerId,
                        new LoyaltyLinkRequest(p.path("loyaltyNumber").asText()), key);
                default -> {
                    outbox.markRetry(entry.seq(), "this terminal version cannot send customer/" + kind
                            + " messages: update PalmPOS", clock.instant().plus(backoff.ceiling(99)));
                    return RoundResult.idle();
                }
            }
        } catch (DateTimeException e) {
            return reject(entry, "customer message " + kind + " of " + customerId + " has a bad time: " + e.getMessage());
        } catch (CloudException e) {
            return failed(entry, e);
        }
        return delivered(entry);
    }

    private Optional<EnrollmentRequest> enrollment(String customerId, JsonNode p) throws IOException {
        Optional<byte[]> template = customers.palmTemplate(customerId);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        // the personal fields are sealed with the customer's key (older rows carry them in the clear)
        JsonNode personal = p.has("personal")
                ? json.readTree(customers.openPersonal(customerId, p.get("personal").asText())) : p;
        JsonNode c = p.path("consent");
        ConsentRecord consent = new ConsentRecord(c.path("policyVersion").asText(),
                Instant.parse(c.path("grantedAt").asText()), c.path("channel").asText("counter"));
        return Optional.of(new EnrollmentRequest(personal.path("displayName").asText(), text(personal, "email"),
                text(personal, "phone"), consent, List.of(template.get()), text(personal, "cardToken"),
                text(p, "loyaltyNumber"), customerId));
    }

    private RoundResult failed(OutboxEntry entry, CloudException e) {
        String kind = entry.message().kind();
        String code = e.problem().map(pr -> pr.code()).orElse("");
        boolean alreadyThere = CustomerMessages.KIND_ENROLLED.equals(kind) && "customer-exists".equals(code);
        boolean nothingToErase = ConsentStore.KIND_WITHDRAWN.equals(kind) && e.status() == 404;
        if (alreadyThere || nothingToErase) {
            return delivered(entry);
        }
        if (e.kind() == CloudException.Kind.REJECTED) {
            return reject(entry, kind + " of customer " + entry.message().entityId() + " refused by the cloud: "
                    + e.problem().map(pr -> pr.detail()).orElse(e.getMessage()));
        }
        outbox.markRetry(entry.seq(), e.getMessage(), clock.instant().plus(backoff.delay(entry.attempts() + 1)));
        return RoundResult.failure(!OutboxWorker.meansOffline(e), e.getMessage());
    }

    private RoundResult delivered(OutboxEntry entry) {
        outbox.markDelivered(List.of(entry.seq()));
        return new RoundResult(1, true, null);
    }

    private RoundResult reject(OutboxEntry entry, String error) {
        outbox.markRejected(entry.seq(), error);
        return new RoundResult(1, true, error);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
