package com.palmpos.pos.insight;

import static com.palmpos.pos.insight.Fixtures.at;
import static com.palmpos.pos.insight.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input boundaries: what the lead's adapters hand in is checked with messages that say what to fix. */
class ValuesTest {
    @Test
    void rejectsAnOrderWithoutItems() {
        assertThatThrownBy(() -> new PastOrder(at(1, 9, 0), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no items");
    }

    @Test
    void rejectsAnOrderWithABlankItemId() {
        assertThatThrownBy(() -> new PastOrder(at(1, 9, 0), Arrays.asList("coffee", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank item id");
    }

    @Test
    void rejectsACatalogueItemWithoutCategory() {
        assertThatThrownBy(() -> new CatalogueItem("coffee", "Coffee", "", Set.of(), Set.of(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category of item coffee");
    }

    @Test
    void rejectsTwoCatalogueItemsWithOneId() {
        assertThatThrownBy(() -> Catalogue.of(List.of(item("coffee", "drinks"), item("coffee", "bakery"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate catalogue item id 'coffee'");
    }

    @Test
    void rejectsChangingAvailabilityOfAnUnknownItem() {
        assertThatThrownBy(() -> Catalogue.of(List.of()).withAvailability("scone", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no catalogue item 'scone'");
    }

    @Test
    void rejectsDaypartBoundariesOutOfOrder() {
        assertThatThrownBy(() -> new DaypartSchedule(LocalTime.of(14, 0), LocalTime.of(11, 0), LocalTime.of(17, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must increase");
    }

    @Test
    void rejectsANonPositiveHalfLife() {
        assertThatThrownBy(() -> InsightParameters.DEFAULTS.withHalfLife(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("halfLife must be positive");
    }

    @Test
    void rejectsACategoryPenaltyAboveOne() {
        assertThatThrownBy(() -> InsightParameters.DEFAULTS.withCategoryRepeatPenalty(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("categoryRepeatPenalty");
    }

    @Test
    void rejectsANegativeRecommendationCount() {
        assertThatThrownBy(() -> InsightParameters.DEFAULTS.withRecommendationCount(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recommendationCount");
    }

    @ParameterizedTest
    @CsvSource({"06:00, BREAKFAST", "10:59, BREAKFAST", "11:00, LUNCH", "14:29, LUNCH", "14:30, AFTERNOON",
            "16:59, AFTERNOON", "17:00, DINNER", "23:59, DINNER", "00:00, BREAKFAST"})
    void splitsTheDayIntoDayparts(LocalTime time, Daypart expected) {
        assertThat(DaypartSchedule.DEFAULT.daypartOf(time)).isEqualTo(expected);
    }

    @Test
    void readsTheDaypartOnTheStoreWallClock() {
        // 10:30 UTC is 11:30 in Berlin in November: lunch there, breakfast in London.
        java.time.Instant instant = java.time.Instant.parse("2026-11-25T10:30:00Z");

        assertThat(DaypartSchedule.DEFAULT.daypartOf(instant, java.time.ZoneId.of("Europe/Berlin"))).isEqualTo(Daypart.LUNCH);
        assertThat(DaypartSchedule.DEFAULT.daypartOf(instant, java.time.ZoneId.of("Europe/London"))).isEqualTo(Daypart.BREAKFAST);
    }
}
