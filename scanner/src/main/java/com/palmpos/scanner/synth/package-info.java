/**
 * Seeded, deterministic synthetic palms for tests and demos: {@link com.palmpos.scanner.synth.SyntheticPalms}
 * renders palm ROI crops and whole-hand camera frames of stable synthetic identities, with
 * {@link com.palmpos.scanner.synth.HandPose} and {@link com.palmpos.scanner.synth.Background} describing the scene.
 * Everything under {@code internal} is implementation detail.
 */
package com.palmpos.scanner.synth;
