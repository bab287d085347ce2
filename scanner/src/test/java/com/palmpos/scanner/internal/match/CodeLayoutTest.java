package com.palmpos.scanner.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeLayoutTest {
    @ParameterizedTest
    @ValueSource(ints = {16, 32})
    void packingRoundTrips(int grid) {
        int rows = grid * 6;
        int[] code = new int[rows];
        SplittableRandom random = new SplittableRandom(grid);
        for (int i = 0; i < rows; i++) {
            code[i] = random.nextInt() & (int) ((1L << grid) - 1);
        }
        long[] words = CodeLayout.pack(code, grid, rows);
        int[] back = new int[rows];
        CodeLayout.unpack(words, 0, grid, rows, back);
        assertThat(words).hasSize(CodeLayout.words(grid, 6));
        assertThat(back).containsExactly(code);
    }
}
