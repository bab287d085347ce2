package com.palmpos.scanner.internal.code;

import org.opencv.core.Mat;

/**
 * Feature-level fusion: the planes of one coder followed by the planes of another, matched as one code (the
 * Hamming distance of the whole is the bit-weighted mean of the two codes' distances). Not thread-safe.
 */
final class FusedCoder implements FeatureCoder {
    private final FeatureCoder first;
    private final FeatureCoder second;

    FusedCoder(FeatureCoder first, FeatureCoder second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public int planes() {
        return first.planes() + second.planes();
    }

    @Override
    public BitCode code(Mat greyRoi) {
        BitCode a = first.code(greyRoi);
        BitCode b = second.code(greyRoi);
        // plane-major layout with whole planes per word (32x32 = 16 words, 16x16 = 4 words): concatenation works
        return new BitCode(concat(a.fine(), b.fine()), concat(a.coarse(), b.coarse()));
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
