package com.palmpos.scanner.synth.internal;

/** Colour helpers for backgrounds. Stateless. */
final class Colours {
    private Colours() {
    }

    /** HSV (h in degrees, s and v in [0, 1]) to sRGB 0-255. */
    static double[] hsv(double h, double s, double v) {
        double c = v * s, hp = ((h % 360) + 360) % 360 / 60;
        double x = c * (1 - Math.abs(hp % 2 - 1));
        double r = 0, g = 0, b = 0;
        switch ((int) hp) {
            case 0 -> { r = c; g = x; }
            case 1 -> { r = x; g = c; }
            case 2 -> { g = c; b = x; }
            case 3 -> { g = x; b = c; }
            case 4 -> { r = x; b = c; }
            default -> { r = c; b = x; }
        }
        double m = v - c;
        return new double[] {(r + m) * 255, (g + m) * 255, (b + m) * 255};
    }

    /**
     * True when a colour, under darker or brighter light, falls in the classic YCrCb skin box
     * (Cr 133-173, Cb 77-127) that colour-based hand segmenters use.
     */
    static boolean skinLike(double[] rgb) {
        for (double f : new double[] {0.7, 1.0, 1.25}) {
            double r = rgb[0] * f, g = rgb[1] * f, b = rgb[2] * f;
            double y = 0.299 * r + 0.587 * g + 0.114 * b;
            double cr = 128 + 0.713 * (r - y), cb = 128 + 0.564 * (b - y);
            if (cr >= 133 && cr <= 173 && cb >= 77 && cb <= 127) {
                return true;
            }
        }
        return false;
    }

    /**
     * A colour away from skin: cool hues (green through blue to magenta) or near-neutral greys, rejecting any draw
     * that a skin detector would still accept, so backgrounds never contain a skin-coloured blob.
     */
    static double[] nonSkin(Prng rng, double minValue, double maxValue, double maxSaturation) {
        for (int attempt = 0; attempt < 64; attempt++) {
            boolean neutral = rng.nextDouble() < 0.4;
            double[] c = hsv(rng.uniform(150, 330), neutral ? rng.uniform(0, 0.08) : rng.uniform(0.1, maxSaturation),
                    rng.uniform(minValue, maxValue));
            if (!skinLike(c)) {
                return c;
            }
        }
        double grey = (minValue + maxValue) / 2 * 255;
        return new double[] {grey, grey, grey};
    }

    static double[] mix(double[] a, double[] b, double t) {
        return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t};
    }
}
