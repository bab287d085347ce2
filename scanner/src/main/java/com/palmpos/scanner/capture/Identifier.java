package com.palmpos.scanner.capture;

import com.palmpos.scanner.PalmTemplate;
import java.util.List;

/**
 * Port: 1:N search of one hand's captures against the enrolled customers. Called on the loop's analysis thread.
 * {@link GalleryIdentifier} is the production implementation.
 */
@FunctionalInterface
public interface Identifier {

    /**
     * Outcome of a search.
     *
     * @param customerId the matched customer, or null for nobody
     * @param score similarity 0..1 of the nearest enrolled palm (1 = identical)
     */
    record Result(String customerId, double score) {
        public boolean identified() {
            return customerId != null;
        }
    }

    /** Searches with one or more captures of the same hand (best first); never empty. */
    Result identify(List<PalmTemplate> captures);
}
