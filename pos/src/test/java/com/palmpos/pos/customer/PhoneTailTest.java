package com.palmpos.pos.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneTailTest {

    @Test
    void nationalAndInternationalFormsShareTheirLastNineSignificantDigits() {
        assertThat(PhoneTail.of("0170 1234567")).hasValue("701234567");
        assertThat(PhoneTail.of("+49 170 1234567")).hasValue("701234567");
        assertThat(PhoneTail.of("0049 (0)170-123.45.67")).hasValue("701234567");
        assertThat(PhoneTail.of(" 030 123456 ")).hasValue("30123456");
    }

    @Test
    void textThatIsNoPhoneNumberHasNoTail() {
        assertThat(PhoneTail.of(null)).isEmpty();
        assertThat(PhoneTail.of("L-MAX7")).isEmpty();
        assertThat(PhoneTail.of("0170 12x4567")).isEmpty();
        assertThat(PhoneTail.of("00 123 456")).isEmpty(); // 6 significant digits
        assertThat(PhoneTail.of("1234567890123456")).isEmpty(); // 16 digits: longer than E.164 allows
        assertThat(PhoneTail.of("49+1701234567")).isEmpty();
    }
}
