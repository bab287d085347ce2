package com.palmpos.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyncSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://api.palmpos.example", "http://127.0.0.1:8080", "http://localhost:9000/", "http://[::1]:8080"})
    void acceptsTlsOrLoopback(String url) {
        assertThat(SyncSettings.defaults(URI.create(url)).baseUrl().toString()).doesNotEndWith("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.palmpos.example", "http://10.0.0.5:8080", "http://localhost.evil.example"})
    void refusesPlainHttpToAnythingButLoopback(String url) {
        assertThatThrownBy(() -> SyncSettings.defaults(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-local host")
                .hasMessageContaining("https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://api.palmpos.example", "api.palmpos.example"})
    void refusesOtherSchemes(String url) {
        assertThatThrownBy(() -> SyncSettings.defaults(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an https:// URL");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 501})
    void refusesABatchSizeOutOfRange(int size) {
        SyncSettings defaults = SyncSettings.defaults(URI.create("https://api.palmpos.example"));
        assertThatThrownBy(() -> defaults.withOutbox(size, defaults.idlePoll(), defaults.outboxRetryBase(), defaults.outboxRetryMax()))
                .hasMessageContaining("batchSize must be 1..500");
    }
}
