package com.palmpos.scanner.capture;

import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmGallery;
import java.util.Objects;

/**
 * The three ports the capture loop needs, bundled. Immutable.
 *
 * @param analyzer frame to hand/template
 * @param identifier captures to customer
 * @param enroller captures to enrolled template
 */
public record CaptureBackend(FrameAnalyzer analyzer, Identifier identifier, Enroller enroller) {
    public CaptureBackend {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(enroller, "enroller");
    }

    /**
     * The production wiring on the palm engine. The gallery stays owned by the caller, who fills it from the
     * stored templates and adds new enrollments; the loop only searches it.
     */
    public static CaptureBackend of(PalmEngine engine, PalmGallery gallery) {
        return new CaptureBackend(new EngineFrameAnalyzer(engine), new GalleryIdentifier(gallery),
                new EngineEnroller(engine.parameters()));
    }
}
