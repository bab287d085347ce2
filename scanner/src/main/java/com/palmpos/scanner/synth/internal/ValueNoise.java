package com.palmpos.scanner.synth.internal;

/**
 * Smooth lattice noise in [-1, 1] from an integer hash: pure arithmetic, identical on every machine.
 * Immutable and thread-safe.
 */
public final class ValueNoise {
    private final long seed;

    public ValueNoise(long seed) {
        this.seed = seed;
    }

    /** Noise at (x, y); features are about one unit apart. */
    public double at(double x, double y) {
        double fx = Math.floor(x), fy = Math.floor(y);
        long ix = (long) fx, iy = (long) fy;
        double tx = fade(x - fx), ty = fade(y - fy);
        double a = lattice(ix, iy), b = lattice(ix + 1, iy);
        double c = lattice(ix, iy + 1), d = lattice(ix + 1, iy + 1);
        double top = a + (b - a) * tx, bottom = c + (d - c) * tx;
        return top + (bottom - top) * ty;
    }

    /** Two octaves: coarse shape plus half-amplitude detail. */
    public double fractal(double x, double y) {
        return (at(x, y) + 0.5 * at(2.03 * x + 17.1, 2.03 * y - 5.3)) / 1.5;
    }

    private double lattice(long ix, long iy) {
        long h = Prng.mix(seed ^ Prng.mix(ix * 0x632BE59BD9B4E019L + iy * 0x85157AF5L));
        return (h >>> 11) * 0x1.0p-52 - 1.0;
    }

    private static double fade(double t) {
        return t * t * (3 - 2 * t);
    }
}
