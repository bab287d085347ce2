package com.palmpos.pos.insight;

import com.palmpos.pos.insight.BakeryCafeMenu.SimItem;
import com.palmpos.pos.insight.HitRateEvaluation.CustomerHistory;
import com.palmpos.pos.menu.Allergen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Seeded simulator of a bakery-cafe's customers. Each customer has latent tastes (a log-normal liking per item and per
 * category), a daypart habit (one main daypart), sometimes a diet or allergy (and then only orders what fits), a few
 * staple items re-ordered at a personal repeat rate (re-drawn once mid-history for a third of customers: habits
 * drift), and orders follow the menu's co-purchase pairs and a personal drink habit. Same seed, same histories.
 */
final class OrderSimulator {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);
    static final int DAYS = 240;
    private static final LocalTime[] DAYPART_OPEN = {LocalTime.of(7, 0), LocalTime.of(11, 0), LocalTime.of(14, 30), LocalTime.of(17, 0)};
    private static final int[] DAYPART_MINUTES = {240, 210, 150, 210};
    private static final double[] DAYPART_SHARE = {0.30, 0.40, 0.12, 0.18};

    private final Random random;
    private final List<SimItem> menu = BakeryCafeMenu.ITEMS;

    OrderSimulator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code customers} customers with ids c0000.., each with 1 to 200 orders (mean about 10). */
    Map<String, CustomerHistory> simulate(int customers) {
        Map<String, CustomerHistory> out = new LinkedHashMap<>();
        for (int c = 0; c < customers; c++) {
            DietaryProfile profile = randomProfile();
            out.put(String.format("c%04d", c), new CustomerHistory(profile, ordersOf(profile)));
        }
        return out;
    }

    DietaryProfile randomProfile() {
        Set<Diet> diets = EnumSet.noneOf(Diet.class);
        Set<Allergen> avoid = EnumSet.noneOf(Allergen.class);
        double r = random.nextDouble();
        if (r < 0.05) {
            diets.add(Diet.VEGAN);
        } else if (r < 0.17) {
            diets.add(Diet.VEGETARIAN);
        }
        if (random.nextDouble() < 0.08) {
            diets.add(Diet.GLUTEN_FREE);
        }
        if (random.nextDouble() < 0.07) {
            avoid.add(Allergen.TREE_NUTS);
        }
        if (random.nextDouble() < 0.05) {
            avoid.add(Allergen.MILK);
        }
        return new DietaryProfile(diets, avoid);
    }

    private List<PastOrder> ordersOf(DietaryProfile profile) {
        double[] habit = daypartHabit();
        double[] taste = taste(profile);
        int count = Math.min(200, 1 + (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(0.9)));
        double repeat = 0.3 + 0.5 * random.nextDouble();
        boolean drifts = random.nextDouble() < 0.33;
        int[] staples = staples(taste, habit);
        int drink = pick(i -> menu.get(i).item().category().equals("drinks") ? taste[i] * menu.get(i).popularity() : 0);
        int startDay = random.nextInt(DAYS / 2);
        int[] days = new int[count];
        for (int o = 0; o < count; o++) {
            days[o] = startDay + random.nextInt(DAYS - startDay);
        }
        java.util.Arrays.sort(days);
        List<PastOrder> orders = new ArrayList<>(count);
        for (int o = 0; o < count; o++) {
            if (drifts && o == count / 2) {
                staples = staples(taste, habit);
            }
            int daypart = pickIndex(habit);
            int day = days[o];
            Instant at = FIRST_DAY.plusDays(day).atTime(DAYPART_OPEN[daypart].plusMinutes(random.nextInt(DAYPART_MINUTES[daypart])))
                    .atZone(ZONE).toInstant();
            orders.add(new PastOrder(at, basket(taste, staples, drink, repeat, daypart)));
        }
        return orders;
    }

    private List<String> basket(double[] taste, int[] staples, int drink, double repeat, int daypart) {
        List<String> items = new ArrayList<>();
        int main;
        if (random.nextDouble() < repeat) {
            main = staples[pick(s -> taste[staples[s]] * menu.get(staples[s]).daypartAffinity()[daypart], staples.length)];
        } else {
            main = pick(i -> taste[i] * menu.get(i).popularity() * menu.get(i).daypartAffinity()[daypart]);
        }
        items.add(id(main));
        // Sorted: Map.of iteration order changes from one JVM to the next, and the random draws must not.
        for (Map.Entry<String, Double> pair : new TreeMap<>(BakeryCafeMenu.PAIRS.getOrDefault(id(main), Map.of())).entrySet()) {
            int partner = indexOf(pair.getKey());
            if (taste[partner] > 0 && random.nextDouble() < pair.getValue() * Math.min(1.5, taste[partner])) {
                items.add(pair.getKey());
            }
        }
        boolean hasDrink = items.stream().anyMatch(id -> menu.get(indexOf(id)).item().category().equals("drinks"));
        if (!hasDrink && random.nextDouble() < 0.5) {
            int d = random.nextDouble() < repeat && drink >= 0 && menu.get(drink).daypartAffinity()[daypart] > 0.3 ? drink
                    : pick(i -> menu.get(i).item().category().equals("drinks")
                            ? taste[i] * menu.get(i).popularity() * menu.get(i).daypartAffinity()[daypart] : 0);
            items.add(id(d));
        }
        if (random.nextDouble() < 0.15) {
            items.add(id(pick(i -> taste[i] * menu.get(i).popularity() * menu.get(i).daypartAffinity()[daypart])));
        }
        return items;
    }

    private double[] daypartHabit() {
        int main = pickIndex(DAYPART_SHARE);
        double focus = 0.5 + 0.4 * random.nextDouble();
        double[] habit = new double[4];
        for (int d = 0; d < 4; d++) {
            habit[d] = (d == main ? focus : 0) + (1 - focus) * DAYPART_SHARE[d];
        }
        return habit;
    }

    private double[] taste(DietaryProfile profile) {
        Map<String, Double> categoryLiking = new LinkedHashMap<>();
        double[] taste = new double[menu.size()];
        for (int i = 0; i < taste.length; i++) {
            CatalogueItem item = menu.get(i).item();
            double category = categoryLiking.computeIfAbsent(item.category(), k -> Math.exp(0.7 * random.nextGaussian()));
            taste[i] = profile.allows(item) ? category * Math.exp(random.nextGaussian()) : 0;
        }
        return taste;
    }

    private int[] staples(double[] taste, double[] habit) {
        int n = 2 + random.nextInt(3);
        int[] staples = new int[n];
        for (int s = 0; s < n; s++) {
            staples[s] = pick(i -> {
                double fit = 0;
                for (int d = 0; d < 4; d++) {
                    fit += habit[d] * menu.get(i).daypartAffinity()[d];
                }
                return taste[i] * taste[i] * menu.get(i).popularity() * fit;
            });
        }
        return staples;
    }

    private int pick(java.util.function.IntToDoubleFunction weight) {
        return pick(weight, menu.size());
    }

    private int pick(java.util.function.IntToDoubleFunction weight, int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = weight.applyAsDouble(i);
        }
        return pickIndex(w);
    }

    private int pickIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total <= 0) {
            return -1;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return -1;
    }

    private String id(int index) {
        return menu.get(index).item().id();
    }

    private int indexOf(String id) {
        for (int i = 0; i < menu.size(); i++) {
            if (menu.get(i).item().id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no simulated item " + id);
    }
}
