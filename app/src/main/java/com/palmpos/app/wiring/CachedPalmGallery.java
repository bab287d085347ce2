package com.palmpos.app.wiring;

import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.TemplateFormatException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The palm gallery of the customers cached on this terminal, so a cached customer is identified with no network at
 * all. Built from the customer store at start-up (O(customers), about a microsecond each plus the store's AES-GCM
 * decryption); a template that does not decrypt (altered, another terminal's key: the store leaves it out) or cannot
 * be read is left out with a warning, never guessed at.
 */
public final class CachedPalmGallery {
    private static final Logger LOG = LoggerFactory.getLogger(CachedPalmGallery.class);

    private CachedPalmGallery() {
    }

    /** A gallery holding every readable cached template, keyed by customer id. */
    public static PalmGallery load(CustomerStore customers, Parameters parameters) {
        PalmGallery gallery = new PalmGallery(parameters);
        int skipped = 0;
        for (Map.Entry<String, byte[]> entry : customers.allPalmTemplates().entrySet()) {
            try {
                gallery.add(entry.getKey(), PalmTemplate.fromBytes(entry.getValue()));
            } catch (TemplateFormatException | IllegalArgumentException e) {
                skipped++;
                LOG.warn("Cached palm template of customer {} left out: {}", entry.getKey(), e.getMessage());
            }
        }
        LOG.info("Palm gallery of {} cached customers ({} unreadable templates left out)", gallery.size(), skipped);
        return gallery;
    }
}
