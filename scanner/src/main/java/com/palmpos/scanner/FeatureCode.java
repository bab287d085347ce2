package com.palmpos.scanner;

/**
 * The palmprint feature code a template holds: which published orientation coding turned the palm ROI into bit
 * planes. Templates of different codes cannot be compared; the code is stored in the template.
 *
 * <p>All codes are computed from filter responses averaged over the cells of the 32x32 template grid (4x4 ROI
 * pixels), which removes single-pixel noise before the bits are taken. {@code N} below is
 * {@link Parameters#orientations()}. The shipped code is {@link #BOCV_ORDINAL} with N = 4; the scanner README's
 * "Feature choice" section has the measurements.
 */
public enum FeatureCode {
    /**
     * Binary orientation co-occurrence vector (Guo et al. 2009): the sign of every one of the N DC-free even Gabor
     * responses, N bit planes.
     */
    BOCV(1),
    /**
     * Competitive code (Kong and Zhang 2004): the orientation of the strongest negative (dark line) Gabor
     * response, written in N/2 bits so that the Hamming distance equals the angular distance.
     */
    COMPCODE(2),
    /**
     * Ordinal code (Sun et al. 2005): for N/2 orientation pairs 90 degrees apart, which of two orthogonal
     * elongated Gaussian line filters responds more (orthogonal line ordinal features), N/2 bit planes.
     */
    ORDINAL(3),
    /** Feature-level fusion: the competitive code's N/2 planes followed by the ordinal code's N/2 planes. */
    COMPCODE_ORDINAL(4),
    /**
     * Feature-level fusion: the BOCV's N planes followed by the ordinal code's N/2 planes (3N/2 planes, so at
     * most 4 orientations fit the 6-plane template).
     */
    BOCV_ORDINAL(5);

    private final int id;

    FeatureCode(int id) {
        this.id = id;
    }

    /** Bit planes of this code for {@code orientations} filter orientations (an even number). */
    public int planes(int orientations) {
        return switch (this) {
            case BOCV, COMPCODE_ORDINAL -> orientations;
            case COMPCODE, ORDINAL -> orientations / 2;
            case BOCV_ORDINAL -> orientations + orientations / 2;
        };
    }

    /** The number written in the persisted template. */
    public int id() {
        return id;
    }

    /**
     * The code with persisted number {@code id}.
     *
     * @throws IllegalArgumentException if no code has that number
     */
    public static FeatureCode ofId(int id) {
        for (FeatureCode c : values()) {
            if (c.id == id) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown feature code " + id);
    }
}
