package com.palmpos.scanner.synth.internal;

/**
 * Crease depth in [0, 1] over the whole palm for one capture, rasterised in palm space at a chosen resolution.
 * Each crease is swept as a chain of Gaussian groove profiles (max-combined, so crossings stay one groove deep)
 * after applying the capture's skin warp and width/depth jitter. Built once per render and then only read, so
 * sharing it between threads after construction is safe.
 */
public final class CreaseMap {
    /** Palm-space extent covered by the map: the palm with some margin. */
    static final double U0 = -0.5, U1 = 1.7, V0 = -0.4, V1 = 1.85;
    /** Narrowest groove, in map pixels; thinner creases are widened and made shallower to avoid aliasing. */
    private static final double MIN_SIGMA_PX = 0.6;
    private static final int LUT_SIZE = 1024;
    private static final double LUT_RANGE = 4.5;
    private static final float[] GAUSS = new float[LUT_SIZE + 1];

    static {
        for (int i = 0; i <= LUT_SIZE; i++) {
            GAUSS[i] = (float) StrictMath.exp(-LUT_RANGE * i / LUT_SIZE);
        }
    }

    private final float[] depth;
    private final int width, height;
    private final double ppu;

    private CreaseMap(int width, int height, double ppu) {
        this.width = width;
        this.height = height;
        this.ppu = ppu;
        this.depth = new float[width * height];
    }

    /**
     * Rasterises the creases. Cost grows with ppu^2 over the palm area: about 5-20 ms at 128 pixels per unit.
     *
     * @param ppu map pixels per palm unit (the ROI side); match the output resolution for crisp lines
     */
    public static CreaseMap render(PalmLines lines, SampleConditions conditions, double ppu) {
        int w = (int) StrictMath.ceil((U1 - U0) * ppu), h = (int) StrictMath.ceil((V1 - V0) * ppu);
        CreaseMap map = new CreaseMap(w, h, ppu);
        Prng jitter = Prng.seeded(conditions.creaseJitterSeed);
        for (Crease crease : lines.creases()) {
            // Shallow wrinkles vary more between captures than deep principal lines.
            double spread = crease.depth() > 0.7 ? 0.08 : 0.22;
            double widthScale = 1 + 0.1 * jitter.gaussian();
            double depthScale = Math.max(0.2, 1 + spread * jitter.gaussian());
            map.sweep(crease, conditions, widthScale, depthScale);
        }
        return map;
    }

    private void sweep(Crease crease, SampleConditions c, double widthScale, double depthScale) {
        int steps = (int) StrictMath.ceil(crease.controlLength() * ppu * 2.5) + 2;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double u = crease.x(t), v = crease.y(t);
            double wu = u + c.warpU(u, v), wv = v + c.warpV(u, v);
            double sigma = crease.widthAt(t) * widthScale * ppu / 2.355;
            double d = crease.depthAt(t) * depthScale;
            if (sigma < MIN_SIGMA_PX) {
                d *= sigma / MIN_SIGMA_PX;
                sigma = MIN_SIGMA_PX;
            }
            splat((wu - U0) * ppu, (wv - V0) * ppu, sigma, (float) Math.min(1.0, d));
        }
    }

    private void splat(double cx, double cy, double sigma, float d) {
        double radius = sigma * StrictMath.sqrt(2 * LUT_RANGE);
        int x0 = Math.max(0, (int) Math.floor(cx - radius)), x1 = Math.min(width - 1, (int) Math.ceil(cx + radius));
        int y0 = Math.max(0, (int) Math.floor(cy - radius)), y1 = Math.min(height - 1, (int) Math.ceil(cy + radius));
        double k = LUT_SIZE / (2 * sigma * sigma * LUT_RANGE);
        for (int y = y0; y <= y1; y++) {
            double dy = y - cy;
            for (int x = x0; x <= x1; x++) {
                double dx = x - cx;
                int idx = (int) ((dx * dx + dy * dy) * k);
                if (idx <= LUT_SIZE) {
                    float value = d * GAUSS[idx];
                    int p = y * width + x;
                    if (value > depth[p]) {
                        depth[p] = value;
                    }
                }
            }
        }
    }

    /** Pixels per palm unit of this map. */
    public double ppu() {
        return ppu;
    }

    /** Bilinear crease depth at palm point (u, v); 0 outside the map. */
    public double depthAt(double u, double v) {
        double x = (u - U0) * ppu, y = (v - V0) * ppu;
        if (x < 0 || y < 0 || x >= width - 1 || y >= height - 1) {
            return 0;
        }
        int ix = (int) x, iy = (int) y;
        double fx = x - ix, fy = y - iy;
        int p = iy * width + ix;
        double top = depth[p] + (depth[p + 1] - depth[p]) * fx;
        double bottom = depth[p + width] + (depth[p + width + 1] - depth[p + width]) * fx;
        return top + (bottom - top) * fy;
    }
}
