package com.palmpos.app.wiring;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.TemplateFormatException;
import com.palmpos.ui.port.PalmReader;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the palm reader's live gallery in step with templates the cloud pull stores or erases: a customer enrolled
 * at another terminal is recognised here without a restart, and one deleted anywhere stops being recognised at once.
 * Before the reader exists nothing is needed (its first gallery load reads the committed cache). Thread-safe.
 */
public final class LiveGalleryUpdates implements CustomerCacheSink.TemplateChanges {
    private static final Logger LOG = LoggerFactory.getLogger(LiveGalleryUpdates.class);

    private final AtomicReference<? extends PalmReader> reader;

    public LiveGalleryUpdates(AtomicReference<? extends PalmReader> reader) {
        this.reader = reader;
    }

    @Override
    public void saved(String customerId, byte[] template) {
        Optional.ofNullable(reader.get()).ifPresent(r -> {
            try {
                // a replaced template leaves the old one in the gallery until the next reload: same customer
                r.addToGallery(customerId, PalmTemplate.fromBytes(template));
            } catch (TemplateFormatException e) {
                LOG.warn("A template from the cloud is unreadable and was not added to the live gallery: {}",
                        e.getMessage());
            }
        });
    }

    @Override
    public void removed(String customerId) {
        Optional.ofNullable(reader.get()).ifPresent(r -> r.removeFromGallery(customerId));
    }
}
