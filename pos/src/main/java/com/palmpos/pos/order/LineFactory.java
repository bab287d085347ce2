package com.palmpos.pos.order;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.menu.Combo;
import com.palmpos.pos.menu.ComboSlot;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.menu.ModifierGroup;
import com.palmpos.pos.menu.ModifierOption;
import com.palmpos.pos.menu.Size;
import com.palmpos.pos.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Turns a cashier's pick into a priced {@link OrderLine}, enforcing the menu: size required when the item has sizes,
 * each modifier group's min/max, options belonging to the item, availability. Thread-safe; O(choices).
 */
final class LineFactory {
    private final Menu menu;
    private final String storeId;
    private final Predicate<String> available;

    LineFactory(Menu menu, String storeId, Predicate<String> available) {
        this.menu = menu;
        this.storeId = storeId;
        this.available = available;
    }

    OrderLine item(LineRequest request) {
        MenuItem item = requireItem(request.itemId());
        Size size = size(item, request.sizeId());
        List<LineModifier> modifiers = modifiers(item, request);
        return new OrderLine(UUID.randomUUID().toString(), item.id(), false, item.name(), item.categoryId(),
                size == null ? null : size.name(), request.quantity(), menu.priceAt(storeId, item, size), modifiers,
                List.of(), request.note(), item.taxClass(), null, null);
    }

    OrderLine combo(ComboRequest request) {
        Combo combo = menu.combo(request.comboId()).orElseThrow(() -> new ItemUnavailableException(
                RefusalCode.ITEM_NOT_ON_MENU, "meal deal '" + request.comboId() + "' is not on the menu",
                request.comboId(), menu.name()));
        List<LineModifier> modifiers = new ArrayList<>();
        List<String> components = new ArrayList<>();
        for (ComboSlot slot : combo.slots()) {
            LineRequest pick = request.components().get(slot.id());
            if (pick == null) {
                throw new RefusedArgumentException(RefusalCode.COMBO_CHOOSE, combo.name() + ": choose the " + slot.name(),
                        combo.name(), slot.name());
            }
            if (!slot.itemIds().contains(pick.itemId())) {
                throw new RefusedArgumentException(RefusalCode.COMBO_NOT_A_CHOICE, combo.name() + ": '" + pick.itemId()
                        + "' is not a choice for " + slot.name() + " (choices: " + slot.itemIds() + ")",
                        combo.name(), pick.itemId(), slot.name());
            }
            MenuItem item = requireItem(pick.itemId());
            Size size = size(item, pick.sizeId());
            modifiers.addAll(modifiers(item, pick));
            components.add(item.name() + (size == null ? "" : " (" + size.name() + ")"));
        }
        return new OrderLine(UUID.randomUUID().toString(), combo.id(), true, combo.name(), combo.categoryId(), null,
                request.quantity(), combo.price(), modifiers, components, request.note(), combo.taxClass(), null, null);
    }

    private MenuItem requireItem(String itemId) {
        MenuItem item = menu.item(itemId).orElseThrow(() -> new ItemUnavailableException(
                RefusalCode.ITEM_NOT_ON_MENU, "item '" + itemId + "' is not on the menu", itemId, menu.name()));
        if (!available.test(itemId)) {
            throw new ItemUnavailableException(RefusalCode.ITEM_SOLD_OUT, item.name()
                    + " is 86'd (sold out): offer something else, or a manager can put it back on sale", item.name());
        }
        return item;
    }

    private static Size size(MenuItem item, String sizeId) {
        if (!item.hasSizes()) {
            if (sizeId != null) {
                throw new RefusedArgumentException(RefusalCode.ITEM_NO_SIZES, item.name() + " has no sizes, but size '"
                        + sizeId + "' was chosen", item.name(), sizeId);
            }
            return null;
        }
        if (sizeId == null) {
            throw new RefusedArgumentException(RefusalCode.ITEM_CHOOSE_SIZE, item.name() + ": choose a size ("
                    + item.sizes().stream().map(Size::name).toList() + ")", item.name());
        }
        return item.size(sizeId).orElseThrow(() -> new RefusedArgumentException(
                RefusalCode.ITEM_NO_SIZES, item.name() + " has no size '" + sizeId + "'", item.name(), sizeId));
    }

    private List<LineModifier> modifiers(MenuItem item, LineRequest request) {
        for (String groupId : request.choices().keySet()) {
            if (!item.modifierGroupIds().contains(groupId)) {
                throw new RefusedArgumentException(RefusalCode.ITEM_NO_CHOICES, item.name() + " has no '" + groupId
                        + "' choices", item.name(), groupId);
            }
        }
        List<LineModifier> out = new ArrayList<>();
        for (String groupId : item.modifierGroupIds()) {
            ModifierGroup group = menu.modifierGroup(groupId).orElseThrow();
            List<String> picked = request.choices().getOrDefault(groupId, List.of());
            if (picked.size() < group.min() || picked.size() > group.max()) {
                throw new RefusedArgumentException(RefusalCode.ITEM_CHOOSE_OPTIONS, item.name() + ": choose "
                        + range(group) + " " + group.name() + " (" + picked.size() + " chosen)", item.name(),
                        group.min(), group.max(), group.name(), picked.size());
            }
            for (String optionId : picked) {
                ModifierOption option = group.option(optionId).orElseThrow(() -> new RefusedArgumentException(
                        RefusalCode.OPTION_UNKNOWN, group.name() + " has no option '" + optionId + "'", group.name(),
                        optionId));
                Money price = option.price();
                out.add(new LineModifier(group.id(), option.id(), option.name(), price));
            }
        }
        return out;
    }

    private static String range(ModifierGroup g) {
        return g.min() == g.max() ? String.valueOf(g.min()) : g.min() + " to " + g.max();
    }
}
