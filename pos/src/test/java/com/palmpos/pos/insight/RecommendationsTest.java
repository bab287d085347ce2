package com.palmpos.pos.insight;

import static com.palmpos.pos.insight.Fixtures.at;
import static com.palmpos.pos.insight.Fixtures.item;
import static com.palmpos.pos.insight.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.Allergen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecommendationsTest {
    private static final Instant LUNCH_TODAY = at(0, 12, 30);
    private static final Instant MORNING_TODAY = at(0, 8, 30);

    private final InsightEngine engine = new InsightEngine(InsightParameters.DEFAULTS);
    private final Catalogue catalogue = Catalogue.of(List.of(
            item("tomato-soup", "soups"), item("lentil-soup", "soups"), item("grilled-cheese", "sandwiches"),
            item("veggie-wrap", "sandwiches"), item("quinoa-salad", "salads"), item("croissant", "bakery"),
            item("bagel", "bakery"), item("coffee", "drinks"), item("lemonade", "drinks"),
            item("nut-brownie", "bakery", Set.of(Diet.VEGETARIAN), Set.of(Allergen.TREE_NUTS, Allergen.MILK))));

    /** Lunch: tomato soup with grilled cheese sells best, then quinoa salad with lemonade. Mornings: croissant and coffee. */
    private final StoreStats stats = storeStats();

    private static StoreStats storeStats() {
        StoreStats.Builder builder = StoreStats.builder(DaypartSchedule.DEFAULT, Fixtures.ZONE);
        List<PastOrder> orders = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            orders.add(order(i % 20 + 1, 12, "tomato-soup", "grilled-cheese"));
            orders.add(order(i % 20 + 1, 9, "croissant", "coffee"));
        }
        for (int i = 0; i < 35; i++) {
            orders.add(order(i % 20 + 1, 13, "quinoa-salad", "lemonade"));
        }
        for (int i = 0; i < 30; i++) {
            orders.add(order(i % 20 + 1, 12, "lentil-soup"));
            orders.add(order(i % 20 + 1, 12, "veggie-wrap"));
            orders.add(order(i % 20 + 1, 12, "nut-brownie"));
        }
        return builder.addAll(orders).build();
    }

    private List<String> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> r.item().id()).toList();
    }

    @Test
    void newCustomerGetsTheBestSellersOfTheDaypart() {
        CustomerVisit lunch = CustomerVisit.of(List.of(), DietaryProfile.NONE, LUNCH_TODAY, Fixtures.ZONE);
        CustomerVisit morning = CustomerVisit.of(List.of(), DietaryProfile.NONE, MORNING_TODAY, Fixtures.ZONE);

        List<Recommendation> atLunch = engine.recommend(lunch, catalogue, stats);

        assertThat(ids(atLunch)).containsExactly("grilled-cheese", "tomato-soup", "lemonade");
        assertThat(atLunch).allSatisfy(r -> assertThat(r.reason().text()).isEqualTo("Popular at lunch"));
        assertThat(ids(engine.recommend(morning, catalogue, stats))).containsExactly("coffee", "croissant");
    }

    @Test
    void neverRecommendsWhatIsAlreadyInTheCart() {
        CustomerVisit visit = new CustomerVisit(List.of(), DietaryProfile.NONE, LUNCH_TODAY, Fixtures.ZONE,
                Set.of("grilled-cheese", "quinoa-salad"));

        assertThat(ids(engine.recommend(visit, catalogue, stats))).doesNotContain("grilled-cheese", "quinoa-salad");
    }

    @Test
    void suggestsWhatGoesWithTheCartAndSaysSo() {
        CustomerVisit visit = new CustomerVisit(List.of(), DietaryProfile.NONE, LUNCH_TODAY, Fixtures.ZONE,
                Set.of("tomato-soup"));

        Recommendation first = engine.recommend(visit, catalogue, stats).get(0);

        assertThat(first.item().id()).isEqualTo("grilled-cheese");
        assertThat(first.reason().text()).isEqualTo("Often with your Tomato Soup");
    }

    @Test
    void suggestsWhatGoesWithTheFavourites() {
        // At dinner grilled cheese sells little, but it is what tomato soup lovers take with their soup.
        StoreStats dinner = StoreStats.builder(DaypartSchedule.DEFAULT, Fixtures.ZONE)
                .addAll(repeat(10, order(3, 19, "tomato-soup", "grilled-cheese")))
                .addAll(repeat(30, order(3, 19, "lemonade"))).addAll(repeat(30, order(3, 19, "quinoa-salad")))
                .addAll(repeat(30, order(3, 19, "veggie-wrap"))).build();
        List<PastOrder> history = List.of(order(2, 12, "tomato-soup"), order(9, 12, "tomato-soup"));
        CustomerVisit visit = CustomerVisit.of(history, DietaryProfile.NONE, at(0, 19, 0), Fixtures.ZONE);
        InsightEngine favouriteSeeded = new InsightEngine(InsightParameters.DEFAULTS.withFavouriteSeedWeight(1.0));
        InsightEngine unseeded = new InsightEngine(InsightParameters.DEFAULTS.withFavouriteSeedWeight(0.0));

        assertThat(favouriteSeeded.recommend(visit, catalogue, dinner)).anySatisfy(r -> {
            assertThat(r.item().id()).isEqualTo("grilled-cheese");
            assertThat(r.reason().text()).isEqualTo("Often with your Tomato Soup");
        });
        assertThat(ids(unseeded.recommend(visit, catalogue, dinner))).doesNotContain("grilled-cheese");
    }

    private static List<PastOrder> repeat(int times, PastOrder order) {
        return Collections.nCopies(times, order);
    }

    @Test
    void aRegularGetsTheirDaypartHabitFirst() {
        List<PastOrder> history = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            history.add(order(i * 3, 8, "bagel"));
            history.add(order(i * 3, 13, "veggie-wrap"));
        }
        CustomerVisit morning = CustomerVisit.of(history, DietaryProfile.NONE, MORNING_TODAY, Fixtures.ZONE);

        Recommendation first = engine.recommend(morning, catalogue, stats).get(0);

        assertThat(first.item().id()).isEqualTo("bagel");
        assertThat(first.reason().text()).isEqualTo("You often order this in the morning");
    }

    @Test
    void skipsItemsThatAre86d() {
        CustomerVisit visit = CustomerVisit.of(List.of(order(3, 12, "grilled-cheese")), DietaryProfile.NONE,
                LUNCH_TODAY, Fixtures.ZONE);

        assertThat(ids(engine.recommend(visit, catalogue.withAvailability("grilled-cheese", false), stats)))
                .hasSize(3).doesNotContain("grilled-cheese");
    }

    @Test
    void neverOffersAnAllergenTheCustomerAvoids() {
        CustomerVisit visit = CustomerVisit.of(List.of(order(3, 12, "nut-brownie"), order(5, 12, "nut-brownie")),
                new DietaryProfile(Set.of(), Set.of(Allergen.TREE_NUTS)), LUNCH_TODAY, Fixtures.ZONE);

        assertThat(ids(engine.recommend(visit, catalogue, stats))).hasSize(3).doesNotContain("nut-brownie");
    }

    @Test
    void categoryPenaltySpreadsRecommendationsAcrossCategories() {
        // Two soups are the customer's lunch habit; without a category penalty they would take the top two places.
        List<PastOrder> history = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            history.add(order(i, 12, "tomato-soup"));
            history.add(order(i, 13, "lentil-soup"));
        }
        CustomerVisit visit = CustomerVisit.of(history, DietaryProfile.NONE, LUNCH_TODAY, Fixtures.ZONE);
        InsightEngine noPenalty = new InsightEngine(InsightParameters.DEFAULTS.withCategoryRepeatPenalty(1.0));
        InsightEngine strongPenalty = new InsightEngine(InsightParameters.DEFAULTS.withCategoryRepeatPenalty(0.3));

        List<String> spread = strongPenalty.recommend(visit, catalogue, stats).stream().map(r -> r.item().category()).toList();
        List<String> greedy = noPenalty.recommend(visit, catalogue, stats).stream().map(r -> r.item().category()).toList();

        assertThat(greedy.subList(0, 2)).containsExactly("soups", "soups");
        assertThat(spread.get(0)).isEqualTo("soups");
        assertThat(spread.get(1)).isNotEqualTo("soups");
    }

    @Test
    void answersTheSameForTheSameInputs() {
        List<PastOrder> history = List.of(order(2, 12, "tomato-soup", "lemonade"), order(4, 9, "croissant"),
                order(6, 12, "veggie-wrap"), order(8, 12, "quinoa-salad", "lemonade"));
        CustomerVisit visit = CustomerVisit.of(history, DietaryProfile.NONE, LUNCH_TODAY, Fixtures.ZONE);
        List<PastOrder> backwards = new ArrayList<>(history);
        Collections.reverse(backwards);
        CustomerVisit reversed = CustomerVisit.of(backwards, DietaryProfile.NONE, LUNCH_TODAY, Fixtures.ZONE);

        Insight first = engine.insightFor(visit, catalogue, stats);

        assertThat(engine.insightFor(visit, catalogue, stats)).isEqualTo(first);
        assertThat(engine.insightFor(reversed, catalogue, stats)).isEqualTo(first);
    }

    @Test
    void givesTheSameAnswerFromManyThreadsAtOnce() throws Exception {
        List<CustomerVisit> visits = new ArrayList<>();
        for (int hour = 7; hour < 21; hour++) {
            visits.add(CustomerVisit.of(List.of(order(2, hour, "tomato-soup", "lemonade"), order(5, 9, "bagel")),
                    DietaryProfile.NONE, at(0, hour, 15), Fixtures.ZONE));
        }
        List<Insight> sequential = visits.stream().map(v -> engine.insightFor(v, catalogue, stats)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Insight>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> visits.stream().map(v -> engine.insightFor(v, catalogue, stats)).toList()));
            }
            for (Future<List<Insight>> run : runs) {
                assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void returnsFewerWhenTooFewItemsQualify() {
        CustomerVisit visit = CustomerVisit.of(List.of(), DietaryProfile.NONE, LUNCH_TODAY, Fixtures.ZONE);

        assertThat(engine.recommend(visit, catalogue, StoreStats.empty())).isEmpty();
    }

    @Test
    void insightCarriesTheDaypartOfTheVisit() {
        CustomerVisit visit = CustomerVisit.of(List.of(), DietaryProfile.NONE, MORNING_TODAY, Fixtures.ZONE);

        assertThat(engine.insightFor(visit, catalogue, stats).daypart()).isEqualTo(Daypart.BREAKFAST);
    }
}
