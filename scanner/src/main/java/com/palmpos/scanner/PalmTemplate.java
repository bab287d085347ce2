package com.palmpos.scanner;

import com.palmpos.scanner.internal.match.CodeLayout;
import com.palmpos.scanner.internal.match.TemplateCodec;
import java.util.Arrays;
import java.util.Objects;

/**
 * The features of one palm: a {@link FeatureCode} as bit planes (a fine 32x32 grid and a coarse 16x16 grid), plus a
 * capture quality.
 *
 * <p>Immutable and thread-safe. The persisted form ({@link #toBytes()}, 978 bytes for 6 planes, at most
 * 1 KiB) carries a magic number, a format version, the feature code, the code geometry, a length and a CRC32;
 * {@link #fromBytes(byte[])} refuses anything it cannot fully verify, so a damaged record can never produce a match.
 *
 * <p>Code layout: one row of bits per plane and grid row, plane-major, packed into longs (two 32-bit
 * rows per long for the fine code, four 16-bit rows for the coarse one; lowest row in the lowest bits). This is the
 * layout the gallery scans with {@link Long#bitCount(long)}.
 */
public final class PalmTemplate {
    /** Cells per side of the fine code; fixed by the format (a new size needs a new format version). */
    public static final int GRID = 32;
    /** Cells per side of the coarse code. */
    public static final int COARSE_GRID = 16;

    private final FeatureCode features;
    private final int planes;
    private final float quality;
    private final long[] fine;
    private final long[] coarse;

    /**
     * Builds a template from packed code words (copied).
     *
     * @param features the code the words hold
     * @param planes bit planes per cell, 1..6 (the 1 KiB template budget)
     * @throws IllegalArgumentException if the words do not fit the geometry or quality is outside 0..1
     */
    public PalmTemplate(FeatureCode features, int planes, float quality, long[] fine, long[] coarse) {
        Objects.requireNonNull(features, "features");
        if (planes < 1 || planes > 6) {
            throw new IllegalArgumentException("planes must be 1..6 (the 1 KiB template budget), got " + planes);
        }
        if (fine.length != CodeLayout.words(GRID, planes)
                || coarse.length != CodeLayout.words(COARSE_GRID, planes)) {
            throw new IllegalArgumentException("expected " + CodeLayout.words(GRID, planes) + " fine and "
                    + CodeLayout.words(COARSE_GRID, planes) + " coarse code words, got " + fine.length
                    + " and " + coarse.length);
        }
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("quality must be within 0..1, got " + quality);
        }
        this.features = features;
        this.planes = planes;
        this.quality = Math.round(quality * 255f) / 255f; // the stored precision, so a template round-trips exactly
        this.fine = fine.clone();
        this.coarse = coarse.clone();
    }

    /**
     * Reads a template written by {@link #toBytes()}. Cheap (one CRC32 over &lt; 1 KiB).
     *
     * @throws TemplateFormatException if the bytes are truncated, corrupted, foreign or of an unknown version
     */
    public static PalmTemplate fromBytes(byte[] bytes) {
        return TemplateCodec.decode(bytes);
    }

    /** The persisted form (a fresh array each call). */
    public byte[] toBytes() {
        return TemplateCodec.encode(this);
    }

    /** The feature code the bits hold; only templates of the same code can be compared. */
    public FeatureCode features() {
        return features;
    }

    /** Bit planes per grid cell. */
    public int planes() {
        return planes;
    }

    /** Capture quality 0..1 (1 = sharp, well exposed, open, well sized). */
    public float quality() {
        return quality;
    }

    /** A copy of the packed fine code. */
    public long[] fineWords() {
        return fine.clone();
    }

    /** A copy of the packed coarse code. */
    public long[] coarseWords() {
        return coarse.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PalmTemplate t && t.features == features && t.planes == planes
                && Float.compare(t.quality, quality) == 0 && Arrays.equals(t.fine, fine)
                && Arrays.equals(t.coarse, coarse);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(fine) + Arrays.hashCode(coarse);
    }

    @Override
    public String toString() {
        return "PalmTemplate[" + features + " " + GRID + "x" + GRID + "x" + planes + ", quality=" + quality + "]";
    }
}
