package com.palmpos.scanner.synth.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Composites a whole hand over a background frame: the posed hand outline with antialiased edges, the identity's
 * creases on the palm (through the same palm space as the ROI crops, so both match), knuckle creases on the
 * fingers, and a darkening towards the outline that gives the hand some volume. Stateless and thread-safe.
 */
public final class HandRenderer {
    /** Finger crease positions as fractions of the finger length (proximal, middle and distal joints). */
    private static final double[] KNUCKLES = {0.14, 0.5, 0.76};
    private static final double KNUCKLE_WIDTH = 0.011;
    /** Side of the tiles skipped at once when far from the hand, pixels. */
    private static final int TILE = 8;
    /** Whole hands are exposed a little darker than ROI crops so the lightest palms do not clip to white. */
    private static final double HAND_EXPOSURE = 0.92;

    private HandRenderer() {
    }

    /** What was drawn: ground truth for tests of a hand detector. Points are frame pixels {x, y}. */
    public record Result(List<double[]> valleys, List<double[]> roiCorners, double handAreaFraction) {
    }

    /** Draws the hand into {@code frame} (modified in place). Cost: about 50-150 ms for 640x480. */
    public static Result render(Identity id, SampleConditions c, Placement place, RgbImage frame) {
        HandGeometry hand = new HandGeometry(id.shape(), place.spread(), place.curl());
        PalmFrame palm = id.frame();
        double ppu = Math.max(24, Math.min(256, palm.side() * place.palmWidthPx()));
        PalmShader shader = new PalmShader(CreaseMap.render(id.lines(), c, ppu), c, id.skin(), id.texture());
        double cos = StrictMath.cos(place.rotation()), sin = StrictMath.sin(place.rotation());
        double inv = 1 / place.palmWidthPx();
        // A left hand is the right-hand model mirrored: flip x on the way into hand coordinates.
        double mirror = place.mirrored() ? -1 : 1;
        double[] rgb = new double[3];
        double area = 0;
        int w = frame.width(), h = frame.height();
        for (int ty = 0; ty < h; ty += TILE) {
            for (int tx = 0; tx < w; tx += TILE) {
                // The distance field is exact outside the hand, so one probe clears a whole empty tile.
                double cx = tx + TILE / 2.0 - place.centerX(), cy = ty + TILE / 2.0 - place.centerY();
                double probe = hand.distance(mirror * (cx * cos + cy * sin) * inv, (-cx * sin + cy * cos) * inv);
                if (probe * place.palmWidthPx() > TILE * 0.75 + 1) {
                    continue;
                }
                for (int py = ty; py < Math.min(h, ty + TILE); py++) {
                    for (int px = tx; px < Math.min(w, tx + TILE); px++) {
                        double fx = px + 0.5 - place.centerX(), fy = py + 0.5 - place.centerY();
                        double x = mirror * (fx * cos + fy * sin) * inv, y = (-fx * sin + fy * cos) * inv;
                        double d = hand.distance(x, y);
                        double coverage = Math.max(0, Math.min(1, 0.5 - d * place.palmWidthPx()));
                        if (coverage <= 0) {
                            continue;
                        }
                        area += coverage;
                        int part = hand.part(x, y);
                        if (part == HandGeometry.PALM) {
                            shader.shade(palm.u(x, y), palm.v(x, y), rgb);
                        } else {
                            finger(id, hand, part, x, y, rgb);
                        }
                        double volume = 0.72 + 0.28 * smooth(-d / 0.09);
                        double exposure = HAND_EXPOSURE * c.gain * volume
                                * (1 + c.gradientU * (fx / w) + c.gradientV * (fy / h));
                        frame.blend(px, py, rgb[0] * exposure, rgb[1] * exposure, rgb[2] * exposure, coverage);
                    }
                }
            }
        }
        List<double[]> valleys = new ArrayList<>();
        for (int i = 0; i < HandShape.FINGERS - 1; i++) {
            double[] v = hand.valley(i);
            if (v != null) {
                valleys.add(new double[] {place.frameX(v[0], v[1]), place.frameY(v[0], v[1])});
            }
        }
        List<double[]> corners = new ArrayList<>();
        double[][] unit = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        for (double[] uv : unit) {
            double hx = palm.handX(uv[0], uv[1]), hy = palm.handY(uv[0], uv[1]);
            corners.add(new double[] {place.frameX(hx, hy), place.frameY(hx, hy)});
        }
        return new Result(valleys, corners, area / ((double) w * h));
    }

    private static void finger(Identity id, HandGeometry hand, int part, double x, double y, double[] rgb) {
        double crease = 0;
        if (part < HandGeometry.FOLDED) {
            double t = hand.along(part, x, y) / hand.length(part);
            for (double k : KNUCKLES) {
                double s = (t - k) * hand.length(part) / KNUCKLE_WIDTH;
                crease = Math.max(crease, 0.4 * StrictMath.exp(-s * s));
            }
        }
        double albedo = 0.96 + 0.05 * id.texture().fractal(x * 6 + 100, y * 6);
        SkinTone skin = id.skin();
        rgb[0] = skin.r() * albedo * (1 - crease * skin.creaseR());
        rgb[1] = skin.g() * albedo * (1 - crease * skin.creaseG());
        rgb[2] = skin.b() * albedo * (1 - crease * skin.creaseB());
    }

    private static double smooth(double x) {
        double t = Math.max(0, Math.min(1, x));
        return t * t * (3 - 2 * t);
    }
}
