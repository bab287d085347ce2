package com.palmpos.scanner.synth.internal;

/**
 * Palm skin colour (sRGB, 0-255) and how much darker creases are per channel. Tones span the ten-step Monk Skin
 * Tone scale; palms carry less melanin than the back of the hand, so the darker the tone, the more it is lifted
 * towards a pinkish palmar tone. Immutable.
 *
 * <p>Components: {@code r, g, b} base colour; {@code creaseR, creaseG, creaseB} the fraction each channel loses
 * at full crease depth.
 */
public record SkinTone(double r, double g, double b, double creaseR, double creaseG, double creaseB) {

    /** Monk Skin Tone scale, lightest to darkest (sRGB). */
    private static final int[][] MONK = {
        {246, 237, 228}, {243, 231, 219}, {247, 234, 208}, {234, 218, 186}, {215, 189, 150},
        {160, 126, 86}, {130, 92, 67}, {96, 65, 52}, {58, 49, 42}, {41, 36, 32}};
    private static final double[] PALMAR = {222, 160, 140};

    /** Draws a tone uniformly along the whole scale, with a little per-person hue variation. */
    public static SkinTone draw(Prng rng) {
        return at(rng.nextDouble(), rng.symmetric(1), rng.symmetric(1));
    }

    /**
     * The palm tone at a position of the Monk scale.
     *
     * @param darkness 0 = Monk 1 (lightest) ... 1 = Monk 10 (darkest)
     * @param hue -1..1 shifts red against blue slightly
     * @param lift -1..1 varies how strongly the palm is lifted towards the palmar tone
     */
    public static SkinTone at(double darkness, double hue, double lift) {
        double pos = Math.max(0, Math.min(1, darkness)) * (MONK.length - 1);
        int i = Math.min(MONK.length - 2, (int) pos);
        double f = pos - i;
        double[] c = new double[3];
        double palmar = 0.22 + 0.3 * darkness + 0.06 * lift;
        for (int k = 0; k < 3; k++) {
            double monk = MONK[i][k] + (MONK[i + 1][k] - MONK[i][k]) * f;
            c[k] = monk + (PALMAR[k] - monk) * palmar;
        }
        c[0] *= 1 + 0.03 * hue;
        c[2] *= 1 - 0.03 * hue;
        // Creases look browner on darker palms (pigmented creases), pinker-grey on lighter ones.
        double pigment = 0.3 + 0.15 * darkness;
        return new SkinTone(c[0], c[1], c[2], pigment, pigment + 0.07, pigment + 0.08);
    }
}
