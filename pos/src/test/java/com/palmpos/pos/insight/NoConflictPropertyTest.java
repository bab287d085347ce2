package com.palmpos.pos.insight;

import com.palmpos.pos.menu.Allergen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.assertj.core.api.Assertions;

/** Whatever the menu, profile, history and cart: nothing offered conflicts, is 86'd, or is already in the cart. */
class NoConflictPropertyTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Instant NOW = LocalDate.of(2026, 11, 25).atTime(12, 0).atZone(ZONE).toInstant();
    private static final List<String> IDS = List.of("i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8", "i9",
            "i10", "i11", "i12", "i13", "i14", "i15", "i16", "i17", "i18", "i19", "off-menu");

    private final InsightEngine engine = new InsightEngine(InsightParameters.DEFAULTS.withRecommendationCount(5));

    @Property(tries = 300)
    void neverOffersAConflictingUnavailableOrCartItem(@ForAll("menus") List<CatalogueItem> menu,
                                                       @ForAll Set<Diet> diets, @ForAll Set<Allergen> avoid,
                                                       @ForAll("histories") List<PastOrder> history,
                                                       @ForAll("histories") List<PastOrder> storeOrders,
                                                       @ForAll @Size(max = 3) Set<@net.jqwik.api.From("ids") String> cart,
                                                       @ForAll("visitTimes") Instant at) {
        Catalogue catalogue = Catalogue.of(menu);
        DietaryProfile profile = new DietaryProfile(diets, avoid);
        StoreStats stats = StoreStats.builder(DaypartSchedule.DEFAULT, ZONE).addAll(storeOrders).addAll(history).build();
        CustomerVisit visit = new CustomerVisit(history, profile, at, ZONE, cart);

        Insight insight = engine.insightFor(visit, catalogue, stats);

        List<CatalogueItem> offered = new ArrayList<>();
        insight.favourites().forEach(f -> offered.add(f.item()));
        insight.recommendations().forEach(r -> offered.add(r.item()));
        Assertions.assertThat(offered).allSatisfy(item -> {
            Assertions.assertThat(avoid).noneMatch(item.allergens()::contains);
            Assertions.assertThat(item.suitableFor()).containsAll(diets);
            Assertions.assertThat(profile.allows(item)).isTrue();
            Assertions.assertThat(item.available()).isTrue();
            Assertions.assertThat(catalogue.find(item.id())).contains(item);
        });
        Assertions.assertThat(insight.recommendations()).noneMatch(r -> cart.contains(r.item().id()));
        Assertions.assertThat(insight.recommendations()).extracting(r -> r.item().id()).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.of(IDS);
    }

    @Provide
    Arbitrary<List<CatalogueItem>> menus() {
        Arbitrary<CatalogueItem> item = Combinators.combine(
                Arbitraries.of(IDS.subList(0, 20)),
                Arbitraries.of("soups", "salads", "bakery", "drinks"),
                Arbitraries.subsetOf(Diet.values()),
                Arbitraries.subsetOf(Allergen.values()),
                Arbitraries.integers().between(0, 9).map(n -> n > 0))
                .as((id, category, diets, allergens, available) -> new CatalogueItem(id, id, category, diets, allergens, available));
        return item.list().ofMaxSize(20).uniqueElements(CatalogueItem::id);
    }

    @Provide
    Arbitrary<List<PastOrder>> histories() {
        Arbitrary<PastOrder> order = Combinators.combine(
                Arbitraries.longs().between(0, 400L * 24 * 3600),
                Arbitraries.of(IDS).list().ofMinSize(1).ofMaxSize(4))
                .as((secondsAgo, items) -> new PastOrder(NOW.minusSeconds(secondsAgo), items));
        return order.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Instant> visitTimes() {
        return Arbitraries.longs().between(0, 24 * 3600 - 1).map(s -> NOW.minusSeconds(12 * 3600).plusSeconds(s));
    }
}
