package com.palmpos.sync.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.pos.outbox.OutboxEntry;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.sync.api.PrivacyRequest;
import com.palmpos.sync.api.PrivacyRequestResult;
import com.palmpos.sync.client.Backoff;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends privacy requests made at the terminal ({@code privacy.requested}, schema {@code palmpos.privacy.v1}, entity
 * {@code customer}) to {@code POST /v1/privacy-requests}, with the message id as idempotency key. The cloud erasing
 * the data settles the message; so does a 404 (the cloud holds no such customer: already erased, or never uploaded).
 * Any other refusal marks it rejected for a manager to see; transient failures retry with backoff. Not thread-safe:
 * used by the worker's thread only.
 */
final class PrivacyForwarder {
    static final String ENTITY = "customer";
    static final String KIND = "privacy.requested";
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyForwarder.class);

    private final OutboxStore outbox;
    private final CloudClient client;
    private final Clock clock;
    private final Backoff backoff;
    private final ObjectMapper json = ApiJson.newMapper();

    PrivacyForwarder(OutboxStore outbox, CloudClient client, Clock clock, Backoff backoff) {
        this.outbox = outbox;
        this.client = client;
        this.clock = clock;
        this.backoff = backoff;
    }

    RoundResult forward(OutboxEntry entry) {
        PrivacyRequest request;
        try {
            JsonNode p = json.readTree(entry.message().payloadJson());
            request = new PrivacyRequest(p.path("customerId").asText(""), p.path("scope").asText(""));
        } catch (IOException e) {
            return reject(entry, "privacy request " + entry.message().messageId() + " has an unreadable payload ("
                    + e.getMessage() + "): submit it again from the privacy screen");
        }
        if (request.customerId().isBlank()
                || !(PrivacyRequest.BIOMETRICS.equals(request.scope()) || PrivacyRequest.PROFILE.equals(request.scope()))) {
            return reject(entry, "privacy request " + entry.message().messageId()
                    + " names no customer or an unknown scope: submit it again from the privacy screen");
        }
        try {
            PrivacyRequestResult done = client.requestPrivacy(request, entry.message().messageId().toString());
            LOG.info("Cloud completed privacy request {} ({} of customer {})", done.requestId(), done.scope(),
                    done.customerId());
        } catch (CloudException e) {
            if (e.kind() == CloudException.Kind.REJECTED && e.status() == 404) {
                LOG.info("Cloud holds no customer {}: privacy request {} has nothing to erase there",
                        request.customerId(), entry.message().messageId());
            } else if (e.kind() == CloudException.Kind.REJECTED) {
                return reject(entry, "the cloud refused the " + request.scope() + " erasure of customer "
                        + request.customerId() + ": " + e.getMessage() + ". Ask support to erase it in the cloud");
            } else {
                outbox.markRetry(entry.seq(), e.getMessage(), clock.instant().plus(backoff.delay(entry.attempts() + 1)));
                return RoundResult.failure(!OutboxWorker.meansOffline(e), e.getMessage());
            }
        }
        outbox.markDelivered(List.of(entry.seq()));
        return new RoundResult(1, true, null);
    }

    private RoundResult reject(OutboxEntry entry, String error) {
        outbox.markRejected(entry.seq(), error);
        return new RoundResult(1, false, error);
    }
}
