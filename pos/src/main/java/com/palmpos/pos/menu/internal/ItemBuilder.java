package com.palmpos.pos.menu.internal;

import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.menu.Size;
import com.palmpos.pos.menu.TaxTable;
import com.palmpos.pos.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** Validates one item: its references, its price or sizes, its tags. */
final class ItemBuilder {
    private final Problems problems;
    private final Currency currency;
    private final Set<String> categoryIds;
    private final Set<String> groupIds;
    private final TaxTable taxes;

    ItemBuilder(Problems problems, Currency currency, Set<String> categoryIds, Set<String> groupIds, TaxTable taxes) {
        this.problems = problems;
        this.currency = currency;
        this.categoryIds = categoryIds;
        this.groupIds = groupIds;
        this.taxes = taxes;
    }

    MenuItem build(MenuJson.ItemJson i, int index) {
        String where = "item '" + i.id() + "' (items[" + index + "])";
        problems.requireId(where, i.id());
        problems.requireText(where, "name", i.name());
        problems.requireText(where, "icon", i.icon());
        if (!categoryIds.contains(i.category())) {
            problems.add(where, "category '" + i.category() + "' is not a category of this menu");
        }
        if (!taxes.hasClass(String.valueOf(i.taxClass()))) {
            problems.add(where, "taxClass '" + i.taxClass() + "' is not in taxes " + taxes.ratesByClass().keySet());
        }
        List<Size> sizes = MenuBuilder.sizes(problems, where, i.sizes(), currency);
        Money price = null;
        if (sizes.isEmpty() == (i.price() == null)) {
            problems.add(where, "price: give either a price or sizes with prices, not " + (sizes.isEmpty() ? "neither" : "both"));
        } else if (i.price() != null) {
            price = problems.price(where, "price", i.price(), currency);
        }
        List<String> groups = MenuBuilder.nonNull(i.modifierGroups());
        for (String g : groups) {
            if (!groupIds.contains(g)) {
                problems.add(where, "modifierGroups: '" + g + "' is not a modifier group of this menu");
            }
        }
        return new MenuItem(i.id(), i.name(), i.category(), i.icon(), i.image(),
                i.description() == null ? "" : i.description(), price, sizes, groups,
                MenuBuilder.dietary(problems, where, i.dietary()), MenuBuilder.allergens(problems, where, i.allergens()),
                i.taxClass());
    }
}
