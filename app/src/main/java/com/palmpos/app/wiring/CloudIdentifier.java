package com.palmpos.app.wiring;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.capture.Identifier;
import com.palmpos.sync.api.IdentifyResult;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the chain's cloud who a palm belongs to when this store's cache knows nobody: a customer enrolled in another
 * store is recognised here too. Only while the link is online, with a short-deadline client (the customer is waiting
 * at the counter; a slow or failed call answers "nobody" rather than holding the reader). The template goes over
 * the client's TLS-only connection. On a match, {@code onMatch} fetches the customer into the local cache so the
 * next visit is answered offline. Thread-safe; called on the capture loop's analysis thread.
 */
public final class CloudIdentifier implements Identifier {
    private static final Logger LOG = LoggerFactory.getLogger(CloudIdentifier.class);

    private final CloudClient client;
    private final BooleanSupplier online;
    private final Consumer<String> onMatch;

    /**
     * @param client  a client with short timeouts and a single attempt
     * @param online  whether the sync link is up now (cheap)
     * @param onMatch called with the matched customer id before the answer is returned (blocking is fine)
     */
    public CloudIdentifier(CloudClient client, BooleanSupplier online, Consumer<String> onMatch) {
        this.client = Objects.requireNonNull(client, "client");
        this.online = Objects.requireNonNull(online, "online");
        this.onMatch = Objects.requireNonNull(onMatch, "onMatch");
    }

    @Override
    public Result identify(List<PalmTemplate> captures) {
        if (captures.isEmpty() || !online.getAsBoolean()) {
            return new Result(null, 0);
        }
        try {
            IdentifyResult answer = client.identify(captures.get(0).toBytes(), UUID.randomUUID().toString());
            if (!answer.matched() || answer.customerId() == null) {
                return new Result(null, answer.score() == null ? 0 : answer.score());
            }
            onMatch.accept(answer.customerId());
            LOG.info("Palm identified by the cloud (customer not cached in this store before)");
            return new Result(answer.customerId(), answer.score() == null ? 0 : answer.score());
        } catch (CloudException e) {
            LOG.info("Cloud identification unavailable, answering unknown: {}", e.getMessage());
            return new Result(null, 0);
        }
    }
}
