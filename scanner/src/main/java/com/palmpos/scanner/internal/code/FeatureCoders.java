package com.palmpos.scanner.internal.code;

import com.palmpos.scanner.Parameters;

/** Creates the {@link FeatureCoder} that {@link Parameters#features()} names. Stateless. */
public final class FeatureCoders {
    private FeatureCoders() {
    }

    /** A new coder (not thread-safe: one per thread). Cost: builds the filter kernels, well under 1 ms. */
    public static FeatureCoder create(Parameters p) {
        return switch (p.features()) {
            case BOCV -> new BocvCoder(p);
            case COMPCODE -> new CompCodeCoder(p);
            case ORDINAL -> new OrdinalCoder(p);
            case COMPCODE_ORDINAL -> new FusedCoder(new CompCodeCoder(p), new OrdinalCoder(p));
            case BOCV_ORDINAL -> new FusedCoder(new BocvCoder(p), new OrdinalCoder(p));
        };
    }
}
