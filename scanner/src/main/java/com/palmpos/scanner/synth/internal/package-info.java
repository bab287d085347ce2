/**
 * Implementation of the synthetic palm generator: seeded randomness ({@link
 * com.palmpos.scanner.synth.internal.Prng}), identities (creases, hand shape, skin tone), per-capture conditions,
 * crease rasterisation and shading, the hand's signed distance field, backgrounds and camera effects. Pure Java
 * arithmetic with {@link java.lang.StrictMath} throughout, so output is bit-identical on every machine. Not API:
 * use {@link com.palmpos.scanner.synth.SyntheticPalms}.
 */
package com.palmpos.scanner.synth.internal;
