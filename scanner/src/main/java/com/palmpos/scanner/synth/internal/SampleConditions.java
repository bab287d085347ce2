package com.palmpos.scanner.synth.internal;

/**
 * What changes between two captures of the same palm: crease width/depth jitter, a small non-rigid skin warp,
 * illumination (direction, intensity, gradient), sensor blur and noise, and the ROI's small rotation, scale and
 * shift. Values are chosen so that genuine pairs stay clearly closer than impostor pairs under a Gabor
 * competitive-code matcher while still differing pixel for pixel. Immutable.
 */
public final class SampleConditions {
    private static final int WARP_WAVES = 3;
    private final double[] warp = new double[WARP_WAVES * 5];
    final long creaseJitterSeed;
    final long noiseSeed;
    final double lightX, lightY, lightZ;
    final double gain, gradientU, gradientV;
    final double blurSigma, noiseSigma;
    final double rotation, scale, shiftU, shiftV;

    private SampleConditions(Prng rng) {
        for (int i = 0; i < WARP_WAVES; i++) {
            double angle = rng.uniform(0, 2 * StrictMath.PI);
            double freq = rng.uniform(1.5, 3.5) * 2 * StrictMath.PI;
            warp[i * 5] = rng.symmetric(0.006);
            warp[i * 5 + 1] = rng.symmetric(0.006);
            warp[i * 5 + 2] = freq * StrictMath.cos(angle);
            warp[i * 5 + 3] = freq * StrictMath.sin(angle);
            warp[i * 5 + 4] = rng.uniform(0, 2 * StrictMath.PI);
        }
        creaseJitterSeed = rng.nextLong();
        noiseSeed = rng.nextLong();
        double azimuth = rng.uniform(0, 2 * StrictMath.PI);
        double elevation = StrictMath.toRadians(rng.uniform(35, 75));
        lightX = StrictMath.cos(elevation) * StrictMath.cos(azimuth);
        lightY = StrictMath.cos(elevation) * StrictMath.sin(azimuth);
        lightZ = StrictMath.sin(elevation);
        gain = rng.uniform(0.8, 1.12);
        gradientU = rng.symmetric(0.18);
        gradientV = rng.symmetric(0.18);
        blurSigma = rng.uniform(0.35, 0.95);
        noiseSigma = rng.uniform(1.5, 4.5);
        rotation = StrictMath.toRadians(rng.symmetric(2.5));
        scale = rng.uniform(0.97, 1.03);
        shiftU = rng.symmetric(0.03);
        shiftV = rng.symmetric(0.03);
    }

    /** Draws the conditions of one capture. Cost: microseconds. */
    public static SampleConditions draw(Prng rng) {
        return new SampleConditions(rng);
    }

    /** Horizontal skin displacement at palm point (u, v), palm units. */
    double warpU(double u, double v) {
        double d = 0;
        for (int i = 0; i < WARP_WAVES; i++) {
            d += warp[i * 5] * StrictMath.sin(warp[i * 5 + 2] * u + warp[i * 5 + 3] * v + warp[i * 5 + 4]);
        }
        return d;
    }

    /** Vertical skin displacement at palm point (u, v), palm units. */
    double warpV(double u, double v) {
        double d = 0;
        for (int i = 0; i < WARP_WAVES; i++) {
            d += warp[i * 5 + 1] * StrictMath.cos(warp[i * 5 + 2] * u + warp[i * 5 + 3] * v + warp[i * 5 + 4]);
        }
        return d;
    }
}
