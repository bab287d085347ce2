package com.palmpos.scanner.capture;

import com.palmpos.scanner.PalmTemplate;
import java.util.SplittableRandom;

/** Templates of the engine's geometry made from a seed, for tests that do not need images. */
public final class FakeTemplates {
    private FakeTemplates() {
    }

    /** The same seed gives the same code: a "palm". */
    public static PalmTemplate palm(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] words = new long[PalmTemplate.wordCount(32, 6)];
        for (int i = 0; i < words.length; i++) {
            words[i] = random.nextLong();
        }
        return new PalmTemplate(32, 6, 0.9f, words);
    }
}
