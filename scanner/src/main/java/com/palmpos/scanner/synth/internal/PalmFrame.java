package com.palmpos.scanner.synth.internal;

/**
 * Where palm space sits on the hand: the ROI square, placed by the usual valley rule so that a valley-based ROI
 * extractor finds the same skin. With V1 the valley between little and ring finger and V2 the valley between middle
 * and index finger of the open hand (hand units), d = |V2 - V1|: the square has side 1.25 d, is centred on the
 * perpendicular through the midpoint of V1V2, and its near edge lies 0.25 d from that line towards the wrist.
 * Immutable.
 */
public record PalmFrame(double originX, double originY, double axisX, double axisY, double side) {
    /** ROI side and offset from the valley line, as fractions of the valley distance. */
    public static final double SIDE_PER_VALLEY_DISTANCE = 1.25, OFFSET_PER_VALLEY_DISTANCE = 0.25;

    /** The frame of a hand shape, from the valleys of its open pose. */
    public static PalmFrame of(HandShape shape) {
        HandGeometry open = new HandGeometry(shape, 1, 0);
        double[] v1 = open.valley(0), v2 = open.valley(2);
        double dx = v2[0] - v1[0], dy = v2[1] - v1[1];
        double d = StrictMath.sqrt(dx * dx + dy * dy);
        double ax = dx / d, ay = dy / d;
        // The wrist-pointing normal of the valley line: (-ay, ax) turned so that +y (wrist) is positive.
        double nx = -ay, ny = ax;
        double side = SIDE_PER_VALLEY_DISTANCE * d;
        double mx = (v1[0] + v2[0]) / 2, my = (v1[1] + v2[1]) / 2;
        double ox = mx - ax * side / 2 + nx * OFFSET_PER_VALLEY_DISTANCE * d;
        double oy = my - ay * side / 2 + ny * OFFSET_PER_VALLEY_DISTANCE * d;
        return new PalmFrame(ox, oy, ax, ay, side);
    }

    /** Hand x of palm point (u, v). */
    public double handX(double u, double v) {
        return originX + side * (u * axisX - v * axisY);
    }

    /** Hand y of palm point (u, v). */
    public double handY(double u, double v) {
        return originY + side * (u * axisY + v * axisX);
    }

    /** Palm u of hand point (x, y). */
    public double u(double x, double y) {
        return ((x - originX) * axisX + (y - originY) * axisY) / side;
    }

    /** Palm v of hand point (x, y). */
    public double v(double x, double y) {
        return (-(x - originX) * axisY + (y - originY) * axisX) / side;
    }
}
