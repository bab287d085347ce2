package com.palmpos.pos.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConsentNoticesTest {
    private final ConsentNotices notices = ConsentNotices.load();

    @Test
    void currentNoticeSaysWhatWhyHowLongAndHowToDelete() {
        ConsentNotice notice = notices.current(Locale.ENGLISH);
        assertThat(notice.version()).isEqualTo(notices.currentVersion());
        assertThat(notice.text()).contains("What we collect", "Why", "How long", "How to delete");
    }

    @Test
    void servesGermanAndFallsBackToEnglish() {
        assertThat(notices.current(Locale.GERMANY).language()).isEqualTo(Locale.GERMAN);
        assertThat(notices.current(Locale.GERMANY).text()).contains("Einwilligung");
        assertThat(notices.current(Locale.JAPANESE).language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void refusesUnknownOrMalformedVersions() {
        assertThatThrownBy(() -> notices.notice("bio-1999-01", Locale.ENGLISH)).hasMessageContaining("bio-1999-01");
        assertThatThrownBy(() -> notices.notice("../secret", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a consent notice version");
    }
}
