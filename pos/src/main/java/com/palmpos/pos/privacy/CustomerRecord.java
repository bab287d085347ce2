package com.palmpos.pos.privacy;

import java.util.Optional;

/**
 * A customer as the privacy screen lists them: enough to recognise the right person, nothing more.
 *
 * @param phoneLastFour  the last four digits of their phone, if one is on file (the rest is never shown)
 * @param hasPalmTemplate whether this terminal holds a palm template of theirs
 */
public record CustomerRecord(String customerId, String name, String loyaltyId, Optional<String> phoneLastFour,
                             boolean hasPalmTemplate) {
}
