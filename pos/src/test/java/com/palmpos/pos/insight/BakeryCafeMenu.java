package com.palmpos.pos.insight;

import static com.palmpos.pos.insight.Diet.GLUTEN_FREE;
import static com.palmpos.pos.insight.Diet.VEGAN;
import static com.palmpos.pos.insight.Diet.VEGETARIAN;
import static com.palmpos.pos.menu.Allergen.CELERY;
import static com.palmpos.pos.menu.Allergen.EGGS;
import static com.palmpos.pos.menu.Allergen.FISH;
import static com.palmpos.pos.menu.Allergen.GLUTEN;
import static com.palmpos.pos.menu.Allergen.MILK;
import static com.palmpos.pos.menu.Allergen.MOLLUSCS;
import static com.palmpos.pos.menu.Allergen.MUSTARD;
import static com.palmpos.pos.menu.Allergen.SESAME;
import static com.palmpos.pos.menu.Allergen.SOY;
import static com.palmpos.pos.menu.Allergen.TREE_NUTS;

import com.palmpos.pos.menu.Allergen;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A 44-item bakery-cafe menu for simulations and tests: each item with its labels, a base popularity and how much it
 * sells at breakfast, lunch, afternoon and dinner; plus the pairs customers like to buy together.
 */
final class BakeryCafeMenu {
    record SimItem(CatalogueItem item, double popularity, double[] daypartAffinity) {
    }

    static final List<SimItem> ITEMS = new ArrayList<>();

    /** Pair strengths: how likely the second item joins an order whose main item is the first. */
    static final Map<String, Map<String, Double>> PAIRS = Map.ofEntries(
            Map.entry("tomato-soup", Map.of("grilled-cheese", 0.6, "baguette", 0.3)),
            Map.entry("grilled-cheese", Map.of("tomato-soup", 0.6)),
            Map.entry("chicken-noodle", Map.of("baguette", 0.5, "iced-tea", 0.2)),
            Map.entry("broccoli-cheddar", Map.of("baguette", 0.4, "turkey-avocado", 0.3)),
            Map.entry("lentil-soup", Map.of("veggie-wrap", 0.4, "baguette", 0.3)),
            Map.entry("minestrone", Map.of("caprese-panini", 0.4, "baguette", 0.3)),
            Map.entry("clam-chowder", Map.of("baguette", 0.5, "lemonade", 0.2)),
            Map.entry("caesar-salad", Map.of("lemonade", 0.4, "chicken-noodle", 0.2)),
            Map.entry("greek-salad", Map.of("lemonade", 0.3, "lentil-soup", 0.3)),
            Map.entry("quinoa-salad", Map.of("iced-tea", 0.4, "fruit-cup", 0.3)),
            Map.entry("cobb-salad", Map.of("iced-tea", 0.4)),
            Map.entry("sesame-chicken-salad", Map.of("iced-tea", 0.5)),
            Map.entry("turkey-avocado", Map.of("chips", 0.5, "cookie", 0.3)),
            Map.entry("blt", Map.of("chips", 0.5, "tomato-soup", 0.2)),
            Map.entry("tuna-melt", Map.of("chips", 0.4, "clam-chowder", 0.3)),
            Map.entry("caprese-panini", Map.of("minestrone", 0.4, "lemonade", 0.2)),
            Map.entry("chicken-pesto", Map.of("chips", 0.4, "cookie", 0.3)),
            Map.entry("veggie-wrap", Map.of("lentil-soup", 0.4, "fruit-cup", 0.3)),
            Map.entry("teriyaki-bowl", Map.of("iced-tea", 0.4)),
            Map.entry("burrito-bowl", Map.of("lemonade", 0.4, "chips", 0.3)),
            Map.entry("mediterranean-bowl", Map.of("lemonade", 0.3)),
            Map.entry("baja-bowl", Map.of("lemonade", 0.3, "fruit-cup", 0.2)),
            Map.entry("poke-bowl", Map.of("iced-tea", 0.4)),
            Map.entry("mac-and-cheese", Map.of("broccoli-cheddar", 0.3, "cookie", 0.3)),
            Map.entry("croissant", Map.of("coffee", 0.5, "latte", 0.3)),
            Map.entry("almond-croissant", Map.of("cappuccino", 0.5)),
            Map.entry("blueberry-muffin", Map.of("latte", 0.5)),
            Map.entry("bagel", Map.of("coffee", 0.6, "orange-juice", 0.2)),
            Map.entry("cinnamon-roll", Map.of("coffee", 0.4, "hot-chocolate", 0.3)),
            Map.entry("egg-sandwich", Map.of("coffee", 0.5, "orange-juice", 0.3)),
            Map.entry("oatmeal", Map.of("oat-latte", 0.5, "fruit-cup", 0.3)),
            Map.entry("cookie", Map.of("hot-chocolate", 0.3)),
            Map.entry("brownie", Map.of("latte", 0.4)));

    static {
        // daypart affinity: breakfast, lunch, afternoon, dinner
        double[] lunchDinner = {0.1, 1.0, 0.3, 0.7};
        double[] lunch = {0.05, 1.0, 0.3, 0.4};
        double[] breakfast = {1.0, 0.15, 0.4, 0.05};
        double[] treat = {0.3, 0.4, 1.0, 0.3};
        double[] allDay = {1.0, 0.6, 0.8, 0.4};
        double[] cold = {0.2, 1.0, 1.0, 0.6};
        add("tomato-soup", "Tomato Soup", "soups", 1.0, lunchDinner, d(VEGETARIAN, GLUTEN_FREE), a(MILK));
        add("chicken-noodle", "Chicken Noodle Soup", "soups", 0.9, lunchDinner, d(), a(GLUTEN, CELERY, EGGS));
        add("broccoli-cheddar", "Broccoli Cheddar Soup", "soups", 1.1, lunchDinner, d(VEGETARIAN), a(MILK, GLUTEN));
        add("lentil-soup", "Lentil Soup", "soups", 0.6, lunchDinner, d(VEGAN, GLUTEN_FREE), a(CELERY));
        add("minestrone", "Minestrone", "soups", 0.5, lunchDinner, d(VEGAN), a(GLUTEN, CELERY));
        add("clam-chowder", "Clam Chowder", "soups", 0.5, lunchDinner, d(), a(MILK, MOLLUSCS, GLUTEN));
        add("caesar-salad", "Caesar Salad", "salads", 1.0, lunch, d(), a(EGGS, MILK, GLUTEN, FISH));
        add("greek-salad", "Greek Salad", "salads", 0.7, lunch, d(VEGETARIAN, GLUTEN_FREE), a(MILK));
        add("quinoa-salad", "Quinoa Salad", "salads", 0.6, lunch, d(VEGAN, GLUTEN_FREE), a());
        add("cobb-salad", "Cobb Salad", "salads", 0.6, lunch, d(GLUTEN_FREE), a(EGGS, MILK));
        add("sesame-chicken-salad", "Sesame Chicken Salad", "salads", 0.5, lunch, d(), a(SESAME, SOY, TREE_NUTS, GLUTEN));
        add("turkey-avocado", "Turkey Avocado Sandwich", "sandwiches", 1.0, lunchDinner, d(), a(GLUTEN, MUSTARD));
        add("blt", "BLT", "sandwiches", 0.8, lunchDinner, d(), a(GLUTEN, EGGS));
        add("tuna-melt", "Tuna Melt", "sandwiches", 0.5, lunchDinner, d(), a(GLUTEN, FISH, MILK, EGGS));
        add("grilled-cheese", "Grilled Cheese", "sandwiches", 0.8, lunchDinner, d(VEGETARIAN), a(GLUTEN, MILK));
        add("caprese-panini", "Caprese Panini", "sandwiches", 0.6, lunchDinner, d(VEGETARIAN), a(GLUTEN, MILK, TREE_NUTS));
        add("chicken-pesto", "Chicken Pesto Sandwich", "sandwiches", 0.7, lunchDinner, d(), a(GLUTEN, MILK, TREE_NUTS));
        add("veggie-wrap", "Veggie Wrap", "sandwiches", 0.5, lunch, d(VEGAN), a(GLUTEN));
        add("teriyaki-bowl", "Teriyaki Chicken Bowl", "bowls", 0.8, lunchDinner, d(GLUTEN_FREE), a(SOY, SESAME));
        add("burrito-bowl", "Burrito Bowl", "bowls", 0.8, lunchDinner, d(GLUTEN_FREE), a(MILK));
        add("mediterranean-bowl", "Mediterranean Bowl", "bowls", 0.7, lunchDinner, d(VEGETARIAN, GLUTEN_FREE), a(MILK, SESAME));
        add("baja-bowl", "Baja Bowl", "bowls", 0.5, lunchDinner, d(VEGAN, GLUTEN_FREE), a());
        add("poke-bowl", "Poke Bowl", "bowls", 0.5, lunchDinner, d(GLUTEN_FREE), a(FISH, SOY, SESAME));
        add("mac-and-cheese", "Mac and Cheese", "bowls", 0.9, lunchDinner, d(VEGETARIAN), a(GLUTEN, MILK));
        add("croissant", "Croissant", "bakery", 1.1, breakfast, d(VEGETARIAN), a(GLUTEN, MILK, EGGS));
        add("almond-croissant", "Almond Croissant", "bakery", 0.6, breakfast, d(VEGETARIAN), a(GLUTEN, MILK, EGGS, TREE_NUTS));
        add("blueberry-muffin", "Blueberry Muffin", "bakery", 0.8, breakfast, d(VEGETARIAN), a(GLUTEN, MILK, EGGS));
        add("bagel", "Sesame Bagel", "bakery", 0.9, breakfast, d(VEGAN), a(GLUTEN, SESAME));
        add("cinnamon-roll", "Cinnamon Roll", "bakery", 0.6, breakfast, d(VEGETARIAN), a(GLUTEN, MILK, EGGS));
        add("egg-sandwich", "Egg and Cheese Sandwich", "sandwiches", 0.8, breakfast, d(VEGETARIAN), a(GLUTEN, EGGS, MILK));
        add("oatmeal", "Steel-Cut Oatmeal", "bowls", 0.5, breakfast, d(VEGAN, GLUTEN_FREE), a());
        add("cookie", "Chocolate Chip Cookie", "bakery", 0.9, treat, d(VEGETARIAN), a(GLUTEN, MILK, EGGS));
        add("brownie", "Gluten-Free Brownie", "bakery", 0.5, treat, d(VEGETARIAN, GLUTEN_FREE), a(MILK, EGGS, TREE_NUTS));
        add("baguette", "French Baguette Side", "bakery", 0.7, lunchDinner, d(VEGAN), a(GLUTEN));
        add("chips", "Kettle Chips", "bakery", 0.6, lunch, d(VEGAN, GLUTEN_FREE), a());
        add("fruit-cup", "Fruit Cup", "bakery", 0.5, allDay, d(VEGAN, GLUTEN_FREE), a());
        add("coffee", "Coffee", "drinks", 1.3, allDay, d(VEGAN, GLUTEN_FREE), a());
        add("latte", "Latte", "drinks", 1.0, allDay, d(VEGETARIAN, GLUTEN_FREE), a(MILK));
        add("cappuccino", "Cappuccino", "drinks", 0.6, breakfast, d(VEGETARIAN, GLUTEN_FREE), a(MILK));
        add("oat-latte", "Oat Milk Latte", "drinks", 0.5, allDay, d(VEGAN, GLUTEN_FREE), a());
        add("iced-tea", "Iced Tea", "drinks", 0.9, cold, d(VEGAN, GLUTEN_FREE), a());
        add("lemonade", "Lemonade", "drinks", 0.8, cold, d(VEGAN, GLUTEN_FREE), a());
        add("hot-chocolate", "Hot Chocolate", "drinks", 0.4, treat, d(VEGETARIAN, GLUTEN_FREE), a(MILK));
        add("orange-juice", "Orange Juice", "drinks", 0.5, breakfast, d(VEGAN, GLUTEN_FREE), a());
    }

    private BakeryCafeMenu() {
    }

    static Catalogue catalogue() {
        return Catalogue.of(ITEMS.stream().map(SimItem::item).toList());
    }

    private static void add(String id, String name, String category, double popularity, double[] affinity,
                            Set<Diet> diets, Set<Allergen> allergens) {
        ITEMS.add(new SimItem(new CatalogueItem(id, name, category, diets, allergens, true), popularity, affinity));
    }

    private static Set<Diet> d(Diet... diets) {
        return diets.length == 0 ? Set.of() : EnumSet.copyOf(List.of(diets));
    }

    private static Set<Allergen> a(Allergen... allergens) {
        return allergens.length == 0 ? Set.of() : EnumSet.copyOf(List.of(allergens));
    }
}
