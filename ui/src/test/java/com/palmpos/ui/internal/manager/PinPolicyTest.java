package com.palmpos.ui.internal.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.internal.manager.PinPolicy.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinPolicyTest {

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
        "'',             TOO_SHORT",
        "123,            TOO_SHORT",
        "1234567890123,  TOO_LONG",
        "5555,           SAME_DIGITS",
        "999999,         SAME_DIGITS",
        "0000,           SAME_DIGITS",
        "2468,           SAME_AS_CURRENT",
    })
    void refusesWeakPins(String candidate, Violation expected) {
        assertThat(PinPolicy.check(candidate.toCharArray(), "2468".toCharArray())).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1357", "0001", "482913", "123456789012"})
    void acceptsPinsThatMeetTheRules(String candidate) {
        assertThat(PinPolicy.check(candidate.toCharArray(), "2468".toCharArray())).isEmpty();
    }
}
