package com.palmpos.scanner;

import com.palmpos.scanner.internal.match.TemplateCodec;
import java.util.Arrays;

/**
 * The features of one palm: a bit code of Gabor orientation signs on a square grid, plus a capture quality.
 *
 * <p>Immutable and thread-safe. The persisted form ({@link #toBytes()}, at most 1 KiB) carries a magic number,
 * a format version, the code geometry, a length and a CRC32; {@link #fromBytes(byte[])} refuses anything it cannot
 * fully verify, so a damaged record can never produce a match.
 *
 * <p>Code layout: one row of {@code grid} bits (grid &lt;= 32) per orientation plane and grid row, rows stored
 * plane-major, two rows per {@code long} (low half = even row). This is the layout the gallery scans with
 * {@link Long#bitCount(long)}.
 */
public final class PalmTemplate {
    private final int grid;
    private final int orientations;
    private final float quality;
    private final long[] words;

    /**
     * Builds a template from packed code words (copied).
     *
     * @throws IllegalArgumentException if the words do not fit the geometry
     */
    public PalmTemplate(int grid, int orientations, float quality, long[] words) {
        if (grid < 4 || grid > 32 || orientations < 1 || orientations > 16) {
            throw new IllegalArgumentException("unsupported code geometry " + grid + "x" + grid + "x" + orientations);
        }
        if (words.length != wordCount(grid, orientations)) {
            throw new IllegalArgumentException("expected " + wordCount(grid, orientations) + " code words, got "
                    + words.length);
        }
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("quality must be within 0..1, got " + quality);
        }
        this.grid = grid;
        this.orientations = orientations;
        this.quality = quality;
        this.words = words.clone();
    }

    /** Number of longs holding a code of this geometry. */
    public static int wordCount(int grid, int orientations) {
        return (grid * orientations + 1) / 2;
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

    /** Code cells per side. */
    public int grid() {
        return grid;
    }

    /** Orientation planes. */
    public int orientations() {
        return orientations;
    }

    /** Capture quality 0..1 (1 = sharp, well exposed, open, well sized). */
    public float quality() {
        return quality;
    }

    /** A copy of the packed code words. */
    public long[] words() {
        return words.clone();
    }

    /** Copies the packed code words into {@code target} at {@code offset} without allocating. */
    public void copyWordsTo(long[] target, int offset) {
        System.arraycopy(words, 0, target, offset, words.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PalmTemplate t && t.grid == grid && t.orientations == orientations
                && Float.compare(t.quality, quality) == 0 && Arrays.equals(t.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(words) + grid * 17 + orientations;
    }

    @Override
    public String toString() {
        return "PalmTemplate[" + grid + "x" + grid + "x" + orientations + ", quality=" + quality + "]";
    }
}
