package com.palmpos.pos.enrollment;

import java.util.Optional;

/**
 * Looks a freshly captured palm up among the enrolled ones, so the same person is not enrolled twice. Implemented by
 * the app with the scanner's matcher over the terminal's template cache. Implementations are thread-safe; a lookup
 * costs one gallery search (milliseconds).
 */
@FunctionalInterface
public interface KnownPalms {
    /** No duplicate check (tests, or a terminal without a matcher). */
    KnownPalms NONE = template -> Optional.empty();

    /** The enrolled customer this palm belongs to, if any. */
    Optional<String> customerOf(byte[] template);
}
