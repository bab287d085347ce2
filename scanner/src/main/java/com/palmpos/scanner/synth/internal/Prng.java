package com.palmpos.scanner.synth.internal;

/**
 * SplitMix64 generator with a fixed, documented algorithm, so that a seed gives the same numbers on every JVM
 * (the JDK does not promise that {@code java.util.SplittableRandom} never changes). Uses {@link StrictMath} for
 * the same reason. Not thread-safe: each render creates its own instances from {@link #of}.
 */
public final class Prng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double SQRT3 = 1.7320508075688772;
    private long state;

    private Prng(long seed) {
        this.state = seed;
    }

    /** A generator for one purpose, derived from a root seed and indices (e.g. subject, sample). */
    public static Prng of(long seed, Stream purpose, long... indices) {
        return new Prng(hash(seed, purpose.ordinal(), indices));
    }

    /** A generator continuing from a seed drawn earlier with {@link #nextLong()}. */
    public static Prng seeded(long seed) {
        return new Prng(mix(seed));
    }

    /** Well-mixed 64-bit hash of the parts; also used to seed noise lattices. */
    public static long hash(long seed, long salt, long... parts) {
        long h = mix(seed ^ GOLDEN) + salt * GOLDEN;
        for (long p : parts) {
            h = mix(h ^ mix(p + GOLDEN));
        }
        return mix(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [min, max). */
    public double uniform(double min, double max) {
        return min + (max - min) * nextDouble();
    }

    /** Uniform in [-amplitude, amplitude). */
    public double symmetric(double amplitude) {
        return uniform(-amplitude, amplitude);
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** Uniform in [min, max] inclusive. */
    public int between(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    /** Standard normal (Box-Muller). */
    public double gaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /**
     * Approximately standard normal (Irwin-Hall sum of four uniforms from one draw, tails cut at 3.5 sigma):
     * no transcendental functions, so sensor noise over a whole frame stays cheap.
     */
    public double quickGaussian() {
        long bits = nextLong();
        long sum = (bits & 0xFFFF) + ((bits >>> 16) & 0xFFFF) + ((bits >>> 32) & 0xFFFF) + (bits >>> 48);
        return (sum / 65536.0 - 2.0) * SQRT3;
    }

    /** The independent random streams; each purpose gets its own so adding draws to one never shifts another. */
    public enum Stream { PALM_LINES, HAND_SHAPE, SKIN, ROI_SAMPLE, HAND_SAMPLE, CAMERA_NOISE, BACKGROUND, TEXTURE }
}
