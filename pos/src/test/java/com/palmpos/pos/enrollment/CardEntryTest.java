package com.palmpos.pos.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CardEntryTest {

    @ParameterizedTest
    @CsvSource({
        "4242424242424241, 12, 2030, 123, check digit",
        "42424242, 12, 2030, 123, 12 to 19 digits",
        "4242424242424242, 13, 2030, 123, expiry",
        "4242424242424242, 12, 30, 123, expiry",
        "4242424242424242, 12, 2030, 12a, security code"})
    void refusesMalformedCardsWithoutEchoingTheNumber(String pan, int month, int year, String cvv, String why) {
        assertThatThrownBy(() -> new CardEntry(pan, month, year, cvv)).isInstanceOf(EnrollmentException.class)
                .hasMessageContaining(why).hasMessageNotContaining("42424242424");
    }

    @Test
    void showsOnlyTheLastFourDigits() {
        CardEntry card = new CardEntry("4242 4242 4242 4242", 12, 2030, "123");
        assertThat(card.toString()).isEqualTo("CardEntry[****4242]").doesNotContain("123");
        assertThat(card.last4()).isEqualTo("4242");
    }

    @Test
    void simulatedReaderYieldsTheApprovingTestCardStillValid() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);
        CardEntry card = new SimulatedCardReader(clock).read();
        assertThat(card.pan()).isEqualTo(SimulatedCardReader.TEST_CARD);
        assertThat(card.expYear()).isEqualTo(2029);
    }
}
