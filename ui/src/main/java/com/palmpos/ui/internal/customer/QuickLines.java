package com.palmpos.ui.internal.customer;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.menu.ModifierGroup;
import com.palmpos.pos.menu.ModifierOption;
import com.palmpos.pos.menu.Size;
import com.palmpos.pos.order.LineModifier;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a one-tap pick (a favourite or a recommendation) into a line the menu accepts: the way the customer had it
 * last time (size and choices of their most recent line of that item), else the first size and the least each
 * required modifier group asks for. Pure and thread-safe; O(history lines).
 */
final class QuickLines {

    private final Menu menu;

    QuickLines(Menu menu) {
        this.menu = Objects.requireNonNull(menu, "menu");
    }

    /**
     * @param history the customer's past orders, newest first (empty for a recommendation to a new customer)
     * @throws IllegalArgumentException if the item is not on the menu
     */
    LineRequest lineFor(String itemId, List<Order> history) {
        MenuItem item = menu.item(itemId).orElseThrow(() -> new RefusedArgumentException(
                RefusalCode.ITEM_NOT_ON_MENU, "item " + itemId
                + " is not on the menu any more: pick it from the menu instead", itemId, menu.name()));
        for (Order order : history) {
            for (OrderLine line : order.lines()) {
                if (!line.combo() && line.itemId().equals(itemId)) {
                    return asBefore(item, line);
                }
            }
        }
        return byDefault(item);
    }

    private LineRequest asBefore(MenuItem item, OrderLine line) {
        String sizeId = item.sizes().stream().filter(size -> size.name().equals(line.sizeName()))
                .map(Size::id).findFirst().orElse(defaultSize(item));
        Map<String, List<String>> choices = new LinkedHashMap<>();
        for (LineModifier modifier : line.modifiers()) {
            choices.computeIfAbsent(modifier.groupId(), group -> new ArrayList<>()).add(modifier.optionId());
        }
        return new LineRequest(item.id(), sizeId, 1, choices, "");
    }

    private LineRequest byDefault(MenuItem item) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        for (String groupId : item.modifierGroupIds()) {
            menu.modifierGroup(groupId).filter(group -> group.min() > 0).ifPresent(group ->
                    choices.put(group.id(), leastOf(group)));
        }
        return new LineRequest(item.id(), defaultSize(item), 1, choices, "");
    }

    private static List<String> leastOf(ModifierGroup group) {
        return group.options().stream().limit(group.min()).map(ModifierOption::id).toList();
    }

    private static String defaultSize(MenuItem item) {
        return item.hasSizes() ? item.sizes().get(0).id() : null;
    }
}
