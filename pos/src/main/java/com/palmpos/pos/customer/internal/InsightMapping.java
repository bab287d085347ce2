package com.palmpos.pos.customer.internal;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.insight.Allergen;
import com.palmpos.pos.insight.Catalogue;
import com.palmpos.pos.insight.CatalogueItem;
import com.palmpos.pos.insight.Diet;
import com.palmpos.pos.insight.DietaryProfile;
import com.palmpos.pos.insight.PastOrder;
import com.palmpos.pos.menu.DietaryTag;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.order.OrderStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Translates the store's menu, orders and customer preferences into the insight engine's own vocabulary. The
 * menu knows 14 allergens (EU list), the engine 11 groups: every menu allergen maps to the group that contains it,
 * so a customer avoiding "milk" is protected from every "dairy" item. Stateless.
 */
public final class InsightMapping {
    private InsightMapping() {
    }

    /** The menu as the engine sees it, with today's availability (86'd items are unavailable). */
    public static Catalogue catalogue(MenuService menus) {
        Set<String> unavailable = menus.unavailableItems();
        return Catalogue.of(menus.menu().items().stream()
                .map(item -> new CatalogueItem(item.id(), item.name(), item.categoryId(), diets(item.dietary()),
                        allergens(item.allergens()), !unavailable.contains(item.id())))
                .toList());
    }

    /** A finished order (paid or completed) as a past purchase; voided and unpaid orders are not habits. */
    public static Optional<PastOrder> pastOrder(Order order) {
        if (order.status() != OrderStatus.PAID && order.status() != OrderStatus.COMPLETED) {
            return Optional.empty();
        }
        List<String> items = order.lines().stream().filter(l -> !l.combo()).map(OrderLine::itemId).distinct().toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PastOrder(order.paidAt() != null ? order.paidAt() : order.openedAt(), items));
    }

    /** What the customer told us to respect. */
    public static DietaryProfile profile(CustomerProfile customer) {
        return new DietaryProfile(diets(customer.dietaryPreferences()), allergens(customer.allergens()));
    }

    static Set<Diet> diets(Set<DietaryTag> tags) {
        Set<Diet> diets = EnumSet.noneOf(Diet.class);
        for (DietaryTag tag : tags) {
            switch (tag) {
                case VEGETARIAN -> diets.add(Diet.VEGETARIAN);
                case VEGAN -> diets.add(Diet.VEGAN);
                case GLUTEN_FREE -> diets.add(Diet.GLUTEN_FREE);
                default -> { } // the engine has no notion of the others; allergens carry the safety-relevant part
            }
        }
        return diets;
    }

    static Set<Allergen> allergens(Set<com.palmpos.pos.menu.Allergen> menuAllergens) {
        Set<Allergen> groups = EnumSet.noneOf(Allergen.class);
        for (com.palmpos.pos.menu.Allergen allergen : menuAllergens) {
            groups.add(switch (allergen) {
                case GLUTEN -> Allergen.GLUTEN;
                case MILK -> Allergen.DAIRY;
                case EGGS -> Allergen.EGG;
                case TREE_NUTS -> Allergen.NUTS;
                case PEANUTS -> Allergen.PEANUTS;
                case SOY -> Allergen.SOY;
                case SESAME -> Allergen.SESAME;
                case FISH -> Allergen.FISH;
                case CRUSTACEANS, MOLLUSCS -> Allergen.SHELLFISH;
                case CELERY -> Allergen.CELERY;
                // mustard, sulphites and lupin have no group of their own in the engine: the closest safe choice is
                // to treat them as mustard-like "avoid" markers
                case MUSTARD, SULPHITES, LUPIN -> Allergen.MUSTARD;
            });
        }
        return groups;
    }
}
