package com.palmpos.scanner.synth.internal;

/**
 * Everything that makes one synthetic person: creases, hand shape, skin tone, skin texture and where the ROI lies
 * on the palm. Derived only from (seed, subject), each trait from its own random stream. Immutable.
 */
public record Identity(PalmLines lines, HandShape shape, SkinTone skin, ValueNoise texture, PalmFrame frame) {

    /** Builds subject {@code subject} of the population {@code seed}. Cost: well under a millisecond. */
    public static Identity of(long seed, int subject) {
        HandShape shape = HandShape.draw(Prng.of(seed, Prng.Stream.HAND_SHAPE, subject));
        return new Identity(PalmLines.generate(Prng.of(seed, Prng.Stream.PALM_LINES, subject)), shape,
                SkinTone.draw(Prng.of(seed, Prng.Stream.SKIN, subject)),
                new ValueNoise(Prng.hash(seed, Prng.Stream.TEXTURE.ordinal(), subject)), PalmFrame.of(shape));
    }
}
