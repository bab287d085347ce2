package com.palmpos.pos.customer.internal;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.insight.Catalogue;
import com.palmpos.pos.insight.CatalogueItem;
import com.palmpos.pos.insight.Diet;
import com.palmpos.pos.insight.DietaryProfile;
import com.palmpos.pos.insight.PastOrder;
import com.palmpos.pos.menu.Allergen;
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
 * Translates the store's menu, orders and customer preferences into the insight engine's own vocabulary. Menu and
 * engine share one allergen list, the fourteen of EU/UK law ({@link Allergen}), so an allergen reaches the engine as
 * declared. Stateless.
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

    static Set<Allergen> allergens(Set<Allergen> declared) {
        return declared.isEmpty() ? EnumSet.noneOf(Allergen.class) : EnumSet.copyOf(declared);
    }
}
