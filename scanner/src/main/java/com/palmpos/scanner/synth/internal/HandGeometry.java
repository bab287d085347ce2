package com.palmpos.scanner.synth.internal;

/**
 * A {@link HandShape} put into a pose (finger spread and curl) as a signed distance field in hand units:
 * negative inside the hand. The palm is a rounded box with a thenar bulge and a forearm, fingers and thumb are
 * tapered capsules. Fingers join each other with a hard union, so spread fingers leave clear V-shaped gaps whose
 * bottoms are the finger valleys; they join the palm with a small smooth union that rounds the webs.
 * Immutable and thread-safe.
 */
public final class HandGeometry {
    /** Parts returned by {@link #part}: the palm (with wrist and thenar) or one of the digits. */
    public static final int PALM = -1, THUMB = HandShape.FINGERS, FOLDED = HandShape.FINGERS + 1;
    private static final double WEB_SMOOTHING = 0.035;
    private static final double WRIST_SMOOTHING = 0.15;
    private static final double FOREARM_LENGTH = 6;
    private final HandShape shape;
    /** Capsules: base x, base y, direction x, direction y, length, base radius, tip radius. */
    private final double[][] digits = new double[HandShape.FINGERS + 1][];
    private final double[][] folded;
    private final double[] metacarpal;

    public HandGeometry(HandShape shape, double spread, double curl) {
        this.shape = shape;
        double inflate = 1 + 0.04 * (1 - spread);
        for (int i = 0; i < HandShape.FINGERS; i++) {
            double angle = shape.splay[i] * spread * (1 - curl);
            double len = shape.length[i] * (1 - 0.78 * curl);
            // Fingers taper when spread; held together they close up along their whole length.
            double taper = 1 - 0.2 * spread;
            digits[i] = capsule(shape.baseX[i], shape.baseY[i], angle, len,
                    shape.radius[i] * inflate, shape.radius[i] * inflate * taper);
        }
        folded = new double[curl > 0.2 ? HandShape.FINGERS : 0][];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = capsule(shape.baseX[i], shape.baseY[i], StrictMath.PI, shape.length[i] * 0.5 * curl,
                    shape.radius[i] * 1.05, shape.radius[i] * 0.9);
        }
        double open = spread * (1 - curl);
        double metaAngle = 0.45 + 0.2 * open;
        metacarpal = capsule(0.2, 0.46, metaAngle, 0.42, 0.17, shape.thumbRadius * 1.15);
        double kx = 0.2 + 0.42 * StrictMath.sin(metaAngle), ky = 0.46 - 0.42 * StrictMath.cos(metaAngle);
        double thumbAngle = 0.3 + (shape.thumbSplay - 0.3) * spread;
        thumbAngle += (-1.7 - thumbAngle) * curl;
        digits[THUMB] = capsule(kx, ky, thumbAngle, shape.thumbLength * (1 - 0.25 * curl),
                shape.thumbRadius, shape.thumbRadius * 0.85);
    }

    private static double[] capsule(double x, double y, double angleFromUp, double length, double r1, double r2) {
        return new double[] {x, y, StrictMath.sin(angleFromUp), -StrictMath.cos(angleFromUp), length, r1, r2};
    }

    /** Signed distance to the hand outline at (x, y), hand units; negative inside. */
    public double distance(double x, double y) {
        double fingers = Double.MAX_VALUE;
        for (double[] d : digits) {
            fingers = Math.min(fingers, capsuleDistance(d, x, y));
        }
        for (double[] d : folded) {
            fingers = Math.min(fingers, capsuleDistance(d, x, y));
        }
        return smoothMin(palm(x, y), fingers, WEB_SMOOTHING);
    }

    /** Which part (PALM, a finger index 0-3 little..index, THUMB or FOLDED) is nearest to (x, y). */
    public int part(double x, double y) {
        int best = PALM;
        double bestDistance = palm(x, y);
        for (int i = 0; i < folded.length; i++) {
            double d = capsuleDistance(folded[i], x, y);
            if (d < bestDistance) {
                bestDistance = d;
                best = FOLDED;
            }
        }
        for (int i = 0; i < digits.length; i++) {
            double d = capsuleDistance(digits[i], x, y);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** Distance along finger i's axis from its base, hand units (for knuckle creases). */
    public double along(int finger, double x, double y) {
        double[] d = digits[finger];
        return (x - d[0]) * d[2] + (y - d[1]) * d[3];
    }

    /** Visible length of finger i in this pose, hand units. */
    public double length(int finger) {
        return digits[finger][4];
    }

    /**
     * The valley between fingers i and i+1: marches from between their bases along the bisector of their axes to
     * the first point outside the hand. Returns {x, y} in hand units, or null when the fingers touch (no valley).
     */
    public double[] valley(int finger) {
        double[] a = digits[finger], b = digits[finger + 1];
        double dx = a[2] + b[2], dy = a[3] + b[3];
        double norm = StrictMath.hypot(dx, dy);
        dx /= norm;
        dy /= norm;
        double x = (a[0] + b[0]) / 2, y = (a[1] + b[1]) / 2;
        double step = 0.002;
        double reach = Math.min(a[4], b[4]) * 0.8;
        for (double t = 0; t < reach; t += step) {
            if (distance(x + t * dx, y + t * dy) > 0) {
                return new double[] {x + (t - step / 2) * dx, y + (t - step / 2) * dy};
            }
        }
        return null;
    }

    private double palm(double x, double y) {
        double box = roundBox(x, y, 0.5, shape.palmHalfHeight, 0.2);
        double thenar = StrictMath.sqrt((x - 0.28) * (x - 0.28) + (y - 0.3) * (y - 0.3)) - 0.28;
        // The forearm widens slowly away from the wrist.
        double below = Math.max(0, y - shape.palmHalfHeight);
        double wrist = roundBox(x, y - shape.palmHalfHeight - FOREARM_LENGTH / 2,
                shape.wristHalfWidth + 0.06 * Math.min(below, 2), FOREARM_LENGTH / 2, 0.05);
        double palm = smoothMin(smoothMin(box, thenar, 0.08), wrist, WRIST_SMOOTHING);
        return Math.min(palm, capsuleDistance(metacarpal, x, y));
    }

    private static double roundBox(double x, double y, double halfW, double halfH, double r) {
        double qx = Math.abs(x) - halfW + r, qy = Math.abs(y) - halfH + r;
        double ox = Math.max(qx, 0), oy = Math.max(qy, 0);
        return StrictMath.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - r;
    }

    /** Tapered capsule (Inigo Quilez's uneven capsule) in the capsule's own frame. */
    private static double capsuleDistance(double[] c, double x, double y) {
        double rx = x - c[0], ry = y - c[1];
        double py = rx * c[2] + ry * c[3];
        double px = Math.abs(-rx * c[3] + ry * c[2]);
        double h = c[4], r1 = c[5], r2 = c[6];
        if (h <= 1e-9) {
            return StrictMath.sqrt(px * px + py * py) - r1;
        }
        double b = (r1 - r2) / h, a = StrictMath.sqrt(1 - b * b);
        double k = -b * px + a * py;
        if (k < 0) {
            return StrictMath.sqrt(px * px + py * py) - r1;
        }
        if (k > a * h) {
            return StrictMath.sqrt(px * px + (py - h) * (py - h)) - r2;
        }
        return a * px + b * py - r1;
    }

    private static double smoothMin(double a, double b, double k) {
        double h = Math.max(k - Math.abs(a - b), 0) / k;
        return Math.min(a, b) - h * h * k / 4;
    }
}
