package com.palmpos.pos.insight;

import com.palmpos.pos.menu.Allergen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** Small hand-made inputs for behaviour tests. */
final class Fixtures {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private Fixtures() {
    }

    static CatalogueItem item(String id, String category) {
        return new CatalogueItem(id, name(id), category, Set.of(Diet.VEGAN, Diet.GLUTEN_FREE), Set.of(), true);
    }

    static CatalogueItem item(String id, String category, Set<Diet> diets, Set<Allergen> allergens) {
        return new CatalogueItem(id, name(id), category, diets, allergens, true);
    }

    /** "tomato-soup" -> "Tomato Soup". */
    static String name(String id) {
        StringBuilder out = new StringBuilder();
        for (String word : id.split("-")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /** An instant {@code daysAgo} days before today at {@code time} store-local. */
    static Instant at(int daysAgo, int hour, int minute) {
        return TODAY.minusDays(daysAgo).atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    static PastOrder order(int daysAgo, int hour, String... items) {
        return PastOrder.of(at(daysAgo, hour, 0), items);
    }
}
