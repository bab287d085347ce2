package com.palmpos.scanner.synth.internal;

/**
 * Procedural backgrounds of a counter-top camera's view. All but {@link #WARM_WOOD} keep away from skin colours
 * (see {@link Colours#nonSkin}); warm wood is the realistic hard case for colour-based segmentation.
 * Stateless and thread-safe.
 */
public enum BackgroundStyle {
    PLAIN_WALL, WOOD, GRADIENT, CLUTTER, WARM_WOOD;

    /** Paints a width x height background. Cost: about 5-40 ms for 640x480 (clutter is the slowest). */
    public RgbImage paint(Prng rng, int width, int height) {
        RgbImage img = new RgbImage(width, height);
        ValueNoise noise = new ValueNoise(rng.nextLong());
        switch (this) {
            case PLAIN_WALL -> wall(img, rng, noise);
            case WOOD -> wood(img, rng, noise, Colours.nonSkin(rng, 0.3, 0.75, 0.25));
            case WARM_WOOD -> wood(img, rng, noise, Colours.hsv(rng.uniform(20, 35), rng.uniform(0.4, 0.6),
                    rng.uniform(0.45, 0.75)));
            case GRADIENT -> gradient(img, rng, noise);
            default -> clutter(img, rng, noise);
        }
        return img;
    }

    private static void wall(RgbImage img, Prng rng, ValueNoise noise) {
        double[] base = Colours.nonSkin(rng, 0.55, 0.95, 0.25);
        double lightX = rng.uniform(0, img.width), lightY = rng.uniform(-img.height, 0);
        double falloff = rng.uniform(0.15, 0.35), diag = StrictMath.hypot(img.width, img.height);
        for (int y = 0; y < img.height; y++) {
            for (int x = 0; x < img.width; x++) {
                double dist = StrictMath.sqrt((x - lightX) * (x - lightX) + (y - lightY) * (y - lightY)) / diag;
                double f = (1 - falloff * dist) * (1 + 0.025 * noise.fractal(x / 7.0, y / 7.0));
                img.set(x, y, base[0] * f, base[1] * f, base[2] * f);
            }
        }
    }

    private static void wood(RgbImage img, Prng rng, ValueNoise noise, double[] tone) {
        boolean vertical = rng.nextDouble() < 0.5;
        double plank = rng.uniform(60, 140), grain = rng.uniform(0.15, 0.35), turbulence = rng.uniform(4, 12);
        double[] dark = Colours.mix(tone, new double[] {0, 0, 0}, rng.uniform(0.25, 0.4));
        for (int y = 0; y < img.height; y++) {
            for (int x = 0; x < img.width; x++) {
                double across = vertical ? x : y, along = vertical ? y : x;
                int board = (int) Math.floor(across / plank);
                double local = across - board * plank;
                double shift = board * 37.3;
                double rings = 0.5 + 0.5 * StrictMath.sin(
                        (local + turbulence * noise.fractal((along + shift) / 90.0, local / 12.0 + board)) * grain);
                double[] c = Colours.mix(tone, dark, 0.55 * rings * rings);
                double seam = local < 2 || local > plank - 1 ? 0.55 : 1;
                double boardTone = 1 + 0.08 * noise.at(board * 3.7, 0.5);
                double f = seam * boardTone;
                img.set(x, y, c[0] * f, c[1] * f, c[2] * f);
            }
        }
    }

    private static void gradient(RgbImage img, Prng rng, ValueNoise noise) {
        double[] a = Colours.nonSkin(rng, 0.2, 0.9, 0.6), b = Colours.nonSkin(rng, 0.2, 0.9, 0.6);
        double angle = rng.uniform(0, 2 * StrictMath.PI), dx = StrictMath.cos(angle), dy = StrictMath.sin(angle);
        double span = Math.abs(dx) * img.width + Math.abs(dy) * img.height;
        for (int y = 0; y < img.height; y++) {
            for (int x = 0; x < img.width; x++) {
                double t = 0.5 + ((x - img.width / 2.0) * dx + (y - img.height / 2.0) * dy) / span;
                double[] c = Colours.mix(a, b, t);
                double f = 1 + 0.015 * noise.at(x / 3.0, y / 3.0);
                img.set(x, y, c[0] * f, c[1] * f, c[2] * f);
            }
        }
    }

    private static void clutter(RgbImage img, Prng rng, ValueNoise noise) {
        wall(img, rng, noise);
        int shapes = rng.between(15, 40);
        for (int s = 0; s < shapes; s++) {
            double[] c = Colours.nonSkin(rng, 0.1, 0.95, 0.85);
            double cx = rng.uniform(0, img.width), cy = rng.uniform(0, img.height);
            double rx = rng.uniform(8, img.width / 5.0), ry = rng.uniform(8, img.height / 4.0);
            boolean ellipse = rng.nextDouble() < 0.4;
            int x0 = Math.max(0, (int) (cx - rx)), x1 = Math.min(img.width - 1, (int) (cx + rx));
            int y0 = Math.max(0, (int) (cy - ry)), y1 = Math.min(img.height - 1, (int) (cy + ry));
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    double nx = (x - cx) / rx, ny = (y - cy) / ry;
                    if (!ellipse || nx * nx + ny * ny <= 1) {
                        double f = 1 - 0.12 * ny;
                        img.set(x, y, c[0] * f, c[1] * f, c[2] * f);
                    }
                }
            }
        }
        // Objects behind the hand are out of focus.
        img.gaussianBlur(rng.uniform(1.0, 2.5));
    }
}
