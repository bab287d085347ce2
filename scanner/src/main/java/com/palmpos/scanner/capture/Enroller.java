package com.palmpos.scanner.capture;

import com.palmpos.scanner.PalmTemplate;
import java.util.List;
import java.util.Optional;

/**
 * Port: decides whether enrollment captures agree and fuses them into one template. Called on the loop's
 * analysis thread. {@link EngineEnroller} is the production implementation.
 */
public interface Enroller {

    /** True if two captures look like the same palm, well enough to enroll together. */
    boolean consistent(PalmTemplate a, PalmTemplate b);

    /** One template from mutually consistent captures, or empty if they do not agree after all. */
    Optional<PalmTemplate> fuse(List<PalmTemplate> captures);
}
