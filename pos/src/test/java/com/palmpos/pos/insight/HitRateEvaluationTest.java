package com.palmpos.pos.insight;

import static com.palmpos.pos.insight.HitRateEvaluation.ALL;
import static com.palmpos.pos.insight.HitRateEvaluation.COLD;
import static com.palmpos.pos.insight.HitRateEvaluation.ENGINE;
import static com.palmpos.pos.insight.HitRateEvaluation.IN_CART;
import static com.palmpos.pos.insight.HitRateEvaluation.OWN_FREQUENT;
import static com.palmpos.pos.insight.HitRateEvaluation.OWN_THEN_POPULAR;
import static com.palmpos.pos.insight.HitRateEvaluation.POPULARITY;
import static com.palmpos.pos.insight.HitRateEvaluation.WARM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Hit rate at 3 on the seeded bakery-cafe simulation (600 customers, seed 20261125, not the seed the defaults were tuned on). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HitRateEvaluationTest {
    private static final long SEED = 20261125L;
    private HitRateEvaluation.Report report;

    @BeforeAll
    void evaluate() {
        Map<String, HitRateEvaluation.CustomerHistory> customers = new OrderSimulator(SEED).simulate(600);
        report = new HitRateEvaluation(InsightParameters.DEFAULTS)
                .run(customers, BakeryCafeMenu.catalogue(), OrderSimulator.ZONE);
        System.out.printf("seed %d, %d customers, %d training orders%n%s", SEED, report.customers(),
                report.trainingOrders(), report.toTable());
    }

    @Test
    void beatsDaypartBestSellersByAWideMargin() {
        assertThat(report.hitRate(ENGINE, ALL)).isGreaterThan(report.hitRate(POPULARITY, ALL) + 0.10);
        assertThat(report.hitRate(ENGINE, WARM)).isGreaterThan(report.hitRate(POPULARITY, WARM) + 0.10);
    }

    @Test
    void beatsTheCustomersOwnMostFrequentItems() {
        assertThat(report.hitRate(ENGINE, ALL)).isGreaterThan(report.hitRate(OWN_FREQUENT, ALL));
    }

    @Test
    void usesTheCartToGuessTheRestOfTheOrder() {
        assertThat(report.hitRate(ENGINE, IN_CART)).isGreaterThan(report.hitRate(POPULARITY, IN_CART) + 0.10)
                .isGreaterThan(report.hitRate(OWN_THEN_POPULAR, IN_CART) + 0.10);
    }

    @Test
    void newCustomersAreServedByBestSellersNotNothing() {
        assertThat(report.hitRate(ENGINE, COLD)).isGreaterThan(0.25);
        assertThat(report.hitRate(OWN_FREQUENT, COLD)).isZero();
    }

    @Test
    void segmentsAddUp() {
        int warm = report.rows().stream().filter(r -> r.strategy().equals(ENGINE) && r.segment().equals(WARM))
                .findFirst().orElseThrow().customers();
        int cold = report.rows().stream().filter(r -> r.strategy().equals(ENGINE) && r.segment().equals(COLD))
                .findFirst().orElseThrow().customers();

        assertThat(warm + cold).isEqualTo(report.customers()).isEqualTo(600);
    }

    @Test
    void sameSeedSameHistories() {
        assertThat(new OrderSimulator(3).simulate(50)).isEqualTo(new OrderSimulator(3).simulate(50));
        assertThat(new OrderSimulator(3).simulate(50)).isNotEqualTo(new OrderSimulator(4).simulate(50));
    }

    @Test
    void simulatedCustomersOnlyOrderWhatTheirProfileAllows() {
        Catalogue catalogue = BakeryCafeMenu.catalogue();
        new OrderSimulator(SEED).simulate(200).values().forEach(c -> assertThat(c.orders())
                .flatMap(PastOrder::itemIds)
                .allSatisfy(id -> assertThat(c.profile().allows(catalogue.find(id).orElseThrow())).isTrue()));
    }

    @Test
    void namesTheMissingRowWhenAskedForAnUnknownStrategy() {
        assertThatThrownBy(() -> report.hitRate("magic", ALL)).hasMessageContaining("no row for strategy 'magic'");
    }
}
