package com.palmpos.scanner.synth.internal;

/**
 * Colour of the palm surface at a palm-space point: skin tone times a fine albedo texture (mottling and pores,
 * stable per identity), darkened in creases, and lit by the capture's light direction using the normal of the
 * crease relief (grooves have a lit and a shaded wall, so the same line looks different under another light).
 * Not thread-safe only in that callers pass their own output array; otherwise immutable.
 */
public final class PalmShader {
    /** Physical groove depth relative to crease depth, palm units: makes groove walls slope about 45 degrees. */
    private static final double RELIEF = 0.012;
    private static final double AMBIENT = 0.45;
    private final CreaseMap map;
    private final SampleConditions conditions;
    private final SkinTone skin;
    private final ValueNoise texture;
    private final double step;

    public PalmShader(CreaseMap map, SampleConditions conditions, SkinTone skin, ValueNoise texture) {
        this.map = map;
        this.conditions = conditions;
        this.skin = skin;
        this.texture = texture;
        this.step = 1.0 / map.ppu();
    }

    /** Writes the palm colour at (u, v) into rgb[0..2] (0-255 scale, before exposure). */
    public void shade(double u, double v, double[] rgb) {
        double d = map.depthAt(u, v);
        double du = (map.depthAt(u + step, v) - map.depthAt(u - step, v)) / (2 * step);
        double dv = (map.depthAt(u, v + step) - map.depthAt(u, v - step)) / (2 * step);
        double nx = RELIEF * du, ny = RELIEF * dv;
        double dot = (nx * conditions.lightX + ny * conditions.lightY + conditions.lightZ)
                / StrictMath.sqrt(nx * nx + ny * ny + 1);
        double light = AMBIENT + (1 - AMBIENT) * Math.max(0, dot) / conditions.lightZ;
        double albedo = 1 + 0.03 * texture.fractal(u * 5, v * 5) + 0.04 * texture.at(u * 55, v * 55);
        double base = albedo * light;
        // Blood flow makes palms blotchy: a slow, identity-stable shift towards red.
        double redness = 0.025 * texture.fractal(u * 2.5 + 40, v * 2.5 - 13);
        rgb[0] = skin.r() * base * (1 + redness) * (1 - d * skin.creaseR());
        rgb[1] = skin.g() * base * (1 - redness) * (1 - d * skin.creaseG());
        rgb[2] = skin.b() * base * (1 - redness) * (1 - d * skin.creaseB());
    }
}
