package com.palmpos.ui.port;

import com.palmpos.scanner.capture.Identifier;

/**
 * Who is asked about a palm, chosen by the application (e.g. this terminal's gallery, then the cloud for palms
 * enrolled elsewhere): given the identifier over the reader's local gallery, the identifier the reader uses. The
 * result is called on the capture loop's thread and may block for the network.
 */
@FunctionalInterface
public interface IdentificationPolicy {

    Identifier identifier(Identifier localGallery);

    /** Only this terminal's gallery: screen tests and terminals without a cloud. A miss is "unknown", score 0. */
    static IdentificationPolicy localOnly() {
        return local -> captures -> {
            Identifier.Result result = local.identify(captures);
            return result.identified() ? result : new Identifier.Result(null, 0);
        };
    }
}
