package com.palmpos.app.wiring;

import com.palmpos.scanner.capture.Identifier;
import com.palmpos.ui.port.IdentificationPolicy;
import java.util.Objects;

/**
 * The terminal's identification policy: this store's gallery first (fast, works offline); a palm it does not know is
 * asked of the cloud ({@link CloudIdentifier}, which answers "unknown" at once while offline), so a customer enrolled
 * at another store is recognised here too. Thread-safe if {@code cloud} is.
 */
public final class LocalGalleryThenCloud implements IdentificationPolicy {

    private final Identifier cloud;

    public LocalGalleryThenCloud(Identifier cloud) {
        this.cloud = Objects.requireNonNull(cloud, "cloud");
    }

    @Override
    public Identifier identifier(Identifier localGallery) {
        Objects.requireNonNull(localGallery, "localGallery");
        return captures -> {
            Identifier.Result local = localGallery.identify(captures);
            return local.identified() ? local : cloud.identify(captures);
        };
    }
}
