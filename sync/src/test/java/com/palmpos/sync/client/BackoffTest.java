package com.palmpos.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), new Random(1));

    @Test
    void ceilingDoublesPerAttemptUpToTheCap() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofMillis(1600));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void delaysAreSpreadBetweenZeroAndTheCeiling() {
        for (int attempt = 1; attempt < 10; attempt++) {
            Duration delay = backoff.delay(attempt);
            assertThat(delay).isBetween(Duration.ZERO, backoff.ceiling(attempt));
        }
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delay(4)).distinct().count())
                .as("full jitter, not a fixed step").isGreaterThan(10);
    }
}
