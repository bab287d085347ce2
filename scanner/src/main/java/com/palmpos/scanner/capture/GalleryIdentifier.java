package com.palmpos.scanner.capture;

import com.palmpos.scanner.Identification;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.PalmTemplate;
import java.util.List;
import java.util.Objects;

/**
 * {@link Identifier} on a {@link PalmGallery} whose subject ids are customer ids. Thread-safe; cost is the
 * gallery's (about 1-10 ms for 10,000 palms on 2 cores).
 */
public final class GalleryIdentifier implements Identifier {
    private final PalmGallery gallery;

    public GalleryIdentifier(PalmGallery gallery) {
        this.gallery = Objects.requireNonNull(gallery, "gallery");
    }

    @Override
    public Result identify(List<PalmTemplate> captures) {
        Identification id = gallery.identify(captures);
        return new Result(id.subjectId(), similarity(id.distance()));
    }

    /** Maps the engine's distance (0 identical, about 0.5 unrelated) onto 0..1, 1 = identical. */
    static double similarity(double distance) {
        return Math.max(0, Math.min(1, 1 - 2 * distance));
    }
}
