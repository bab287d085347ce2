package com.palmpos.pos.insight;

import static com.palmpos.pos.insight.Fixtures.at;
import static com.palmpos.pos.insight.Fixtures.item;
import static com.palmpos.pos.insight.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.palmpos.pos.menu.Allergen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FavouritesTest {
    private final InsightEngine engine = new InsightEngine(InsightParameters.DEFAULTS);
    private final Catalogue catalogue = Catalogue.of(List.of(item("coffee", "drinks"), item("latte", "drinks"),
            item("croissant", "bakery"), item("bagel", "bakery"), item("tomato-soup", "soups")));

    private List<String> favouriteIds(List<PastOrder> history, Catalogue menu) {
        return engine.favourites(CustomerVisit.of(history, DietaryProfile.NONE, at(0, 9, 0), Fixtures.ZONE), menu)
                .stream().map(f -> f.item().id()).toList();
    }

    @Test
    void recentOrdersOutweighMoreNumerousOldOnes() {
        List<PastOrder> history = List.of(order(200, 9, "latte"), order(190, 9, "latte"), order(180, 9, "latte"),
                order(3, 9, "coffee"), order(2, 9, "coffee"));

        assertThat(favouriteIds(history, catalogue)).startsWith("coffee", "latte");
    }

    @Test
    void anOrderOneHalfLifeOldCountsHalf() {
        Duration halfLife = InsightParameters.DEFAULTS.halfLife();
        PastOrder old = PastOrder.of(at(0, 9, 0).minus(halfLife), "bagel");
        PastOrder now = PastOrder.of(at(0, 9, 0), "croissant");

        List<Favourite> favourites = engine.favourites(
                CustomerVisit.of(List.of(old, now), DietaryProfile.NONE, at(0, 9, 0), Fixtures.ZONE), catalogue);

        assertThat(favourites.get(0).score()).isCloseTo(1.0, within(1e-9));
        assertThat(favourites.get(1).score()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void anItemCountsOncePerOrderWhateverTheQuantity() {
        List<PastOrder> history = List.of(order(1, 9, "coffee", "coffee", "coffee", "coffee"),
                order(1, 9, "latte"), order(1, 9, "latte"));

        assertThat(favouriteIds(history, catalogue)).startsWith("latte", "coffee");
    }

    @Test
    void tiesGoToMoreOrdersThenMoreRecentThenId() {
        // bagel and croissant tie on score and count; croissant was ordered later in the same day.
        List<PastOrder> history = List.of(PastOrder.of(at(1, 8, 0), "bagel", "coffee", "latte"),
                PastOrder.of(at(1, 8, 0), "croissant"));
        List<PastOrder> withLaterCroissant = List.of(PastOrder.of(at(1, 8, 0), "bagel", "coffee", "latte"),
                PastOrder.of(at(1, 8, 0).plusMillis(1), "croissant"));

        assertThat(favouriteIds(history, catalogue)).containsExactly("bagel", "coffee", "croissant", "latte");
        assertThat(favouriteIds(withLaterCroissant, catalogue).get(0)).isEqualTo("croissant");
    }

    @Test
    void sameFavouritesWhateverTheHistoryOrder() {
        List<PastOrder> history = new ArrayList<>();
        Random random = new Random(42);
        String[] ids = {"coffee", "latte", "croissant", "bagel", "tomato-soup"};
        for (int i = 0; i < 300; i++) {
            history.add(order(random.nextInt(400), 8 + random.nextInt(10), ids[random.nextInt(ids.length)]));
        }
        List<String> expected = favouriteIds(history, catalogue);
        Collections.shuffle(history, new Random(7));

        assertThat(favouriteIds(history, catalogue)).isEqualTo(expected);
    }

    @Test
    void leavesOutItemsThatAre86dOrOffTheMenu() {
        List<PastOrder> history = List.of(order(1, 9, "coffee", "latte", "discontinued-scone"));

        assertThat(favouriteIds(history, catalogue.withAvailability("latte", false))).containsExactly("coffee");
    }

    @Test
    void leavesOutItemsThatConflictWithTheProfile() {
        Catalogue menu = Catalogue.of(List.of(item("coffee", "drinks"),
                item("latte", "drinks", Set.of(Diet.VEGETARIAN), Set.of(Allergen.MILK))));
        CustomerVisit visit = CustomerVisit.of(List.of(order(1, 9, "coffee", "latte")),
                new DietaryProfile(Set.of(), Set.of(Allergen.MILK)), at(0, 9, 0), Fixtures.ZONE);

        assertThat(engine.favourites(visit, menu)).extracting(f -> f.item().id()).containsExactly("coffee");
    }

    @Test
    void newCustomerHasNoFavourites() {
        assertThat(favouriteIds(List.of(), catalogue)).isEmpty();
    }
}
