package com.palmpos.pos.menu.internal;

import com.palmpos.pos.menu.Allergen;
import com.palmpos.pos.menu.Category;
import com.palmpos.pos.menu.Combo;
import com.palmpos.pos.menu.ComboSlot;
import com.palmpos.pos.menu.DietaryTag;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.menu.ModifierGroup;
import com.palmpos.pos.menu.ModifierOption;
import com.palmpos.pos.menu.Size;
import com.palmpos.pos.menu.TaxTable;
import com.palmpos.pos.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the bound JSON into a {@link Menu}, collecting every problem with the item and field it concerns instead of
 * stopping at the first. Not thread-safe; one per load.
 */
public final class MenuBuilder {
    public static final int FORMAT_VERSION = 1;

    private final MenuJson json;
    private final Problems problems = new Problems();
    private Currency currency = Currency.getInstance("USD");

    public MenuBuilder(MenuJson json) {
        this.json = json;
    }

    public List<String> problems() {
        return problems.list();
    }

    /** The menu, or {@code null} when {@link #problems()} is not empty. */
    public Menu build() {
        if (json.formatVersion() == null || json.formatVersion() != FORMAT_VERSION) {
            problems.add("formatVersion", "must be " + FORMAT_VERSION + ", was " + json.formatVersion()
                    + " (this PalmPOS reads menu format " + FORMAT_VERSION + ")");
        }
        problems.requireText("menu", "name", json.name());
        try {
            currency = Currency.getInstance(String.valueOf(json.currency()));
        } catch (IllegalArgumentException e) {
            problems.add("currency", "'" + json.currency() + "' is not an ISO 4217 code such as USD or EUR");
        }
        TaxTable taxes = new TaxBuilder(problems).build(json.taxes());
        List<Category> categories = categories();
        Set<String> categoryIds = ids(categories.stream().map(Category::id).toList(), "category");
        List<ModifierGroup> groups = new GroupBuilder(problems, currency).build(json.modifierGroups());
        Set<String> groupIds = ids(groups.stream().map(ModifierGroup::id).toList(), "modifier group");
        ItemBuilder itemBuilder = new ItemBuilder(problems, currency, categoryIds, groupIds, taxes);
        List<MenuItem> items = new ArrayList<>();
        List<MenuJson.ItemJson> itemJson = nonNull(json.items());
        if (itemJson.isEmpty()) {
            problems.add("items", "the menu has no items: add at least one");
        }
        for (int i = 0; i < itemJson.size(); i++) {
            items.add(itemBuilder.build(itemJson.get(i), i));
        }
        Set<String> itemIds = ids(items.stream().map(MenuItem::id).toList(), "item");
        List<Combo> combos = combos(categoryIds, itemIds, taxes);
        ids(combos.stream().map(Combo::id).toList(), "combo");
        Map<String, Map<String, Money>> storePrices = storePrices(items);
        if (!problems.list().isEmpty()) {
            return null;
        }
        return new Menu(json.name(), currency, categories, items, groups, combos, taxes, storePrices);
    }

    private List<Category> categories() {
        List<Category> out = new ArrayList<>();
        List<MenuJson.CategoryJson> list = nonNull(json.categories());
        for (int i = 0; i < list.size(); i++) {
            MenuJson.CategoryJson c = list.get(i);
            String where = "category '" + c.id() + "' (categories[" + i + "])";
            problems.requireId(where, c.id());
            problems.requireText(where, "name", c.name());
            out.add(new Category(c.id(), c.name(), c.icon() == null ? "" : c.icon()));
        }
        return out;
    }

    private List<Combo> combos(Set<String> categoryIds, Set<String> itemIds, TaxTable taxes) {
        List<Combo> out = new ArrayList<>();
        List<MenuJson.ComboJson> list = nonNull(json.combos());
        for (int i = 0; i < list.size(); i++) {
            MenuJson.ComboJson c = list.get(i);
            String where = "combo '" + c.id() + "' (combos[" + i + "])";
            problems.requireId(where, c.id());
            problems.requireText(where, "name", c.name());
            if (!categoryIds.contains(c.category())) {
                problems.add(where, "category '" + c.category() + "' is not a category of this menu");
            }
            if (!taxes.hasClass(String.valueOf(c.taxClass()))) {
                problems.add(where, "taxClass '" + c.taxClass() + "' is not in taxes");
            }
            Money price = problems.price(where, "price", c.price(), currency);
            List<ComboSlot> slots = new ArrayList<>();
            List<MenuJson.SlotJson> slotJson = nonNull(c.slots());
            if (slotJson.isEmpty()) {
                problems.add(where, "slots: a combo needs at least one slot");
            }
            for (MenuJson.SlotJson s : slotJson) {
                problems.requireId(where + " slot", s.id());
                for (String item : nonNull(s.items())) {
                    if (!itemIds.contains(item)) {
                        problems.add(where, "slot '" + s.id() + "' lists unknown item '" + item + "'");
                    }
                }
                if (nonNull(s.items()).isEmpty()) {
                    problems.add(where, "slot '" + s.id() + "' lists no items");
                }
                slots.add(new ComboSlot(s.id(), s.name() == null ? s.id() : s.name(), nonNull(s.items())));
            }
            out.add(new Combo(c.id(), c.name(), c.icon() == null ? "" : c.icon(), c.category(), price,
                    c.taxClass(), slots));
        }
        return out;
    }

    private Map<String, Map<String, Money>> storePrices(List<MenuItem> items) {
        Map<String, Map<String, Money>> out = new LinkedHashMap<>();
        Map<String, MenuItem> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        nonNullMap(json.storePrices()).forEach((store, prices) -> {
            Map<String, Money> storeMap = new LinkedHashMap<>();
            nonNullMap(prices).forEach((key, price) -> {
                String where = "storePrices." + store + "." + key;
                String[] parts = key.split("/", 2);
                MenuItem item = byId.get(parts[0]);
                if (item == null) {
                    problems.add(where, "names unknown item '" + parts[0] + "'");
                } else if (parts.length == 2 && item.size(parts[1]).isEmpty()) {
                    problems.add(where, "item '" + parts[0] + "' has no size '" + parts[1] + "'");
                } else if (parts.length == 1 && item.hasSizes()) {
                    problems.add(where, "item '" + parts[0] + "' has sizes: price each as item/size");
                }
                Money money = problems.price(where, "price", price, currency);
                if (money != null) {
                    storeMap.put(key, money);
                }
            });
            out.put(store, storeMap);
        });
        return out;
    }

    private Set<String> ids(List<String> ids, String kind) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id != null && !seen.add(id)) {
                problems.add(kind + " '" + id + "'", "id is used twice: ids must be unique");
            }
        }
        return seen;
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    static <K, V> Map<K, V> nonNullMap(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    static <E extends Enum<E>> Set<E> enums(Problems problems, String where, String field, List<String> names, Class<E> type) {
        Set<E> out = new HashSet<>();
        for (String name : nonNull(names)) {
            try {
                out.add(Enum.valueOf(type, String.valueOf(name).trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                problems.add(where, field + ": '" + name + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }
        return out;
    }

    static Set<Allergen> allergens(Problems p, String where, List<String> names) {
        return enums(p, where, "allergens", names, Allergen.class);
    }

    static Set<DietaryTag> dietary(Problems p, String where, List<String> names) {
        return enums(p, where, "dietary", names, DietaryTag.class);
    }

    static List<Size> sizes(Problems p, String where, List<MenuJson.SizeJson> sizes, Currency currency) {
        List<Size> out = new ArrayList<>();
        for (MenuJson.SizeJson s : nonNull(sizes)) {
            p.requireId(where + " size", s.id());
            out.add(new Size(s.id(), s.name() == null ? s.id() : s.name(), p.price(where, "size '" + s.id() + "' price", s.price(), currency)));
        }
        return out;
    }

    static List<ModifierOption> options(Problems p, String where, List<MenuJson.OptionJson> options, Currency currency) {
        List<ModifierOption> out = new ArrayList<>();
        for (MenuJson.OptionJson o : nonNull(options)) {
            p.requireId(where + " option", o.id());
            Money price = o.price() == null ? Money.zero(currency) : p.price(where, "option '" + o.id() + "' price", o.price(), currency);
            out.add(new ModifierOption(o.id(), o.name() == null ? o.id() : o.name(), price));
        }
        return out;
    }
}
