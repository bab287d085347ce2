package com.palmpos.scanner.synth.internal;

/**
 * One palmar crease: a cubic Bezier curve in palm space (the ROI square is [0,1]x[0,1], fingers towards v < 0,
 * thumb towards u > 1) with a groove width and depth. Width and depth vary along the curve with an
 * identity-stable wobble so that lines are not uniform strokes, as in BezierPalm (Zhao et al., ECCV 2022).
 *
 * <p>Components: start (x0, y0), controls (x1, y1) and (x2, y2), end (x3, y3) in palm units; {@code width} is the
 * groove width at half depth in palm units; {@code depth} is in [0, 1]; the depth wobbles along the curve with
 * {@code wobbleCycles} cycles starting at {@code wobblePhase} radians.
 */
public record Crease(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3,
                     double width, double depth, double wobblePhase, double wobbleCycles) {

    public double x(double t) {
        double s = 1 - t;
        return s * s * s * x0 + 3 * s * s * t * x1 + 3 * s * t * t * x2 + t * t * t * x3;
    }

    public double y(double t) {
        double s = 1 - t;
        return s * s * s * y0 + 3 * s * s * t * y1 + 3 * s * t * t * y2 + t * t * t * y3;
    }

    /** Length of the control polygon: an upper bound of the curve length, used to choose the sampling step. */
    public double controlLength() {
        return StrictMath.hypot(x1 - x0, y1 - y0) + StrictMath.hypot(x2 - x1, y2 - y1)
                + StrictMath.hypot(x3 - x2, y3 - y2);
    }

    /** Depth profile along the curve: tapered ends (creases fade out) times a gentle wobble. */
    public double depthAt(double t) {
        double ends = smooth(t / 0.18) * smooth((1 - t) / 0.18);
        double wobble = 1 + 0.22 * StrictMath.sin(wobblePhase + 2 * StrictMath.PI * wobbleCycles * t);
        return depth * ends * wobble;
    }

    /** Width profile along the curve: creases are a little narrower where they fade. */
    public double widthAt(double t) {
        double ends = smooth(t / 0.25) * smooth((1 - t) / 0.25);
        return width * (0.6 + 0.4 * ends);
    }

    private static double smooth(double x) {
        double c = Math.max(0, Math.min(1, x));
        return c * c * (3 - 2 * c);
    }
}
