package com.palmpos.pos.insight;

import static com.palmpos.pos.insight.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoreStatsTest {
    private StoreStats.Builder builder() {
        return StoreStats.builder(DaypartSchedule.DEFAULT, Fixtures.ZONE);
    }

    @Test
    void countsOrdersPerItemAndDaypartOncePerOrder() {
        StoreStats stats = builder().add(order(1, 9, "coffee", "coffee", "croissant"))
                .add(order(1, 12, "coffee", "soup")).build();

        assertThat(stats.orderCount()).isEqualTo(2);
        assertThat(stats.ordersWith("coffee")).isEqualTo(2);
        assertThat(stats.ordersWith(Daypart.BREAKFAST, "coffee")).isEqualTo(1);
        assertThat(stats.ordersWith(Daypart.LUNCH, "soup")).isEqualTo(1);
        assertThat(stats.orderCount(Daypart.LUNCH)).isEqualTo(1);
        assertThat(stats.ordersWith(Daypart.DINNER, "soup")).isZero();
    }

    @Test
    void countsPairsSymmetrically() {
        StoreStats stats = builder().add(order(1, 12, "soup", "bread", "soup"))
                .add(order(2, 12, "bread", "soup")).add(order(2, 12, "soup")).build();

        assertThat(stats.ordersWithBoth("soup", "bread")).isEqualTo(2);
        assertThat(stats.ordersWithBoth("bread", "soup")).isEqualTo(2);
        assertThat(stats.ordersWithBoth("soup", "soup")).isZero();
        assertThat(stats.partnersOf("bread")).containsOnlyKeys("soup");
    }

    @Test
    void liftIsAboveOneForPairsBoughtTogetherMoreThanChance() {
        StoreStats stats = builder().add(order(1, 12, "soup", "bread")).add(order(1, 12, "soup", "bread"))
                .add(order(1, 12, "salad", "lemonade")).add(order(1, 12, "salad", "lemonade")).build();

        assertThat(stats.lift("soup", "bread")).isCloseTo(2.0, within(1e-9));
        assertThat(stats.lift("soup", "salad")).isZero();
        assertThat(stats.lift("soup", "never-sold")).isZero();
    }

    @Test
    void ranksBestSellersByCountThenId() {
        StoreStats stats = builder().add(order(1, 12, "b-soup")).add(order(2, 12, "a-salad"))
                .add(order(3, 12, "c-wrap")).add(order(4, 12, "c-wrap")).add(order(4, 9, "croissant")).build();

        assertThat(stats.bestSellers(Daypart.LUNCH)).containsExactly("c-wrap", "a-salad", "b-soup");
        assertThat(stats.bestSellers(Daypart.DINNER)).isEmpty();
    }

    @Test
    void snapshotsDoNotChangeWhenTheBuilderCountsMore() {
        StoreStats.Builder builder = builder().add(order(1, 12, "soup", "bread"));
        StoreStats before = builder.build();

        StoreStats after = builder.add(order(1, 12, "soup", "bread")).build();

        assertThat(before.ordersWithBoth("soup", "bread")).isEqualTo(1);
        assertThat(after.ordersWithBoth("soup", "bread")).isEqualTo(2);
    }

    @Test
    void incrementalCountingEqualsCountingAllAtOnce() {
        List<PastOrder> orders = List.of(order(1, 8, "coffee", "bagel"), order(2, 12, "soup", "bread"),
                order(3, 15, "cookie", "coffee"), order(4, 19, "bowl", "lemonade", "cookie"));
        StoreStats.Builder incremental = builder();
        orders.forEach(o -> incremental.add(o).build());

        StoreStats all = builder().addAll(orders).build();
        StoreStats stepByStep = incremental.build();

        for (Daypart daypart : Daypart.values()) {
            assertThat(stepByStep.bestSellers(daypart)).isEqualTo(all.bestSellers(daypart));
        }
        assertThat(stepByStep.partnersOf("cookie")).isEqualTo(all.partnersOf("cookie"));
        assertThat(stepByStep.orderCount()).isEqualTo(all.orderCount());
    }
}
