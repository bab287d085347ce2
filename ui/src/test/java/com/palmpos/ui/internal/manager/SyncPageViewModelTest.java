package com.palmpos.ui.internal.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.internal.i18n.Messages;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncPageViewModelTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @ParameterizedTest
    @CsvSource({"-5, 0 s", "45, 45 s", "60, 1 min", "3599, 59 min", "11100, 3 h 05 min", "187200, 2 d 4 h"})
    void agesAreShortAndPreciseEnoughToSpotAStuckSync(long seconds, String shown) {
        assertThat(SyncPageViewModel.age(Duration.ofSeconds(seconds), messages)).isEqualTo(shown);
    }
}
