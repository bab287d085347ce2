package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.i18n.MoneyText;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.menu.ModifierGroup;
import com.palmpos.pos.menu.ModifierOption;
import com.palmpos.pos.menu.Size;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The choices for one item before it goes on the order: size, modifiers (each group between its min and max),
 * quantity and a kitchen note. Says what is still missing and the price of the line as chosen. FX thread only;
 * testable without a toolkit.
 */
public final class ItemChoiceViewModel {

    private final MenuItem item;
    private final Menu menu;
    private final String storeId;
    private final List<ModifierGroup> groups;
    private final Messages messages;
    private final MoneyText money;
    private final ObjectProperty<Size> size = new SimpleObjectProperty<>(this, "size");
    private final Map<String, Set<String>> chosen = new LinkedHashMap<>();
    private final IntegerProperty quantity = new SimpleIntegerProperty(this, "quantity", 1);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper price = new ReadOnlyStringWrapper(this, "price", "");
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");

    /** @param storeId prices are this store's (the menu may override them per store) */
    public ItemChoiceViewModel(MenuItem item, Menu menu, String storeId, Messages messages) {
        this.item = item;
        this.menu = menu;
        this.storeId = storeId;
        this.messages = messages;
        this.money = new MoneyText(messages.locale());
        this.groups = item.modifierGroupIds().stream().map(menu::modifierGroup).flatMap(Optional::stream).toList();
        groups.forEach(g -> chosen.put(g.id(), new LinkedHashSet<>()));
        size.set(item.hasSizes() ? item.sizes().get(0) : null);
        size.addListener((obs, old, now) -> update());
        quantity.addListener((obs, old, now) -> update());
        update();
    }

    /** True when the item has something to choose; otherwise it goes on the order straight away. */
    public static boolean hasChoices(MenuItem item) {
        return item.hasSizes() || !item.modifierGroupIds().isEmpty();
    }

    public MenuItem item() {
        return item;
    }

    /** The price of {@code size} at this store. */
    public Money priceOf(Size size) {
        return menu.priceAt(storeId, item, size);
    }

    public List<ModifierGroup> groups() {
        return groups;
    }

    public ObjectProperty<Size> sizeProperty() {
        return size;
    }

    public IntegerProperty quantityProperty() {
        return quantity;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** What is still missing ("Choose Bread"), empty when the line can be added. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The line's price as chosen, quantity included. */
    public ReadOnlyStringProperty priceProperty() {
        return price.getReadOnlyProperty();
    }

    /** Counts changes of the modifier choices, so views can redraw their toggles. */
    public IntegerProperty revisionProperty() {
        return revision;
    }

    public boolean isChosen(ModifierGroup group, ModifierOption option) {
        return chosen.get(group.id()).contains(option.id());
    }

    /**
     * Picks or unpicks {@code option}. In a group of at most one, picking replaces the earlier choice; in a larger
     * group a pick beyond the maximum is refused and the problem says so.
     */
    public void toggle(ModifierGroup group, ModifierOption option) {
        Set<String> picks = chosen.get(group.id());
        if (picks.remove(option.id())) {
            update();
            return;
        }
        if (group.max() == 1) {
            picks.clear();
        } else if (picks.size() >= group.max()) {
            problem.set(messages.get("counter.choice.tooMany", group.max(), group.name()));
            return;
        }
        picks.add(option.id());
        update();
    }

    public void increment() {
        quantity.set(Math.min(99, quantity.get() + 1));
    }

    public void decrement() {
        quantity.set(Math.max(1, quantity.get() - 1));
    }

    /** The request for the order service, or empty (with {@link #problemProperty()} set) while choices are missing. */
    public Optional<LineRequest> request() {
        update();
        if (!problem.get().isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> choices = new LinkedHashMap<>();
        chosen.forEach((group, picks) -> {
            if (!picks.isEmpty()) {
                choices.put(group, List.copyOf(picks));
            }
        });
        String sizeId = size.get() == null ? null : size.get().id();
        return Optional.of(new LineRequest(item.id(), sizeId, quantity.get(), choices, note.get().trim()));
    }

    /** The groups still short of their minimum, by name ("Bread, Side"); empty when none. */
    public String missingGroups() {
        List<String> missing = new ArrayList<>();
        for (ModifierGroup group : groups) {
            if (chosen.get(group.id()).size() < group.min()) {
                missing.add(group.name());
            }
        }
        return String.join(", ", missing);
    }

    private void update() {
        String missing = missingGroups();
        problem.set(missing.isEmpty() ? "" : messages.get("counter.choice.missing", missing));
        Money unit = menu.priceAt(storeId, item, size.get());
        for (ModifierGroup group : groups) {
            for (ModifierOption option : group.options()) {
                if (isChosen(group, option) && option.price() != null) {
                    unit = unit.plus(option.price());
                }
            }
        }
        price.set(money.format(unit.times(quantity.get())));
        revision.set(revision.get() + 1);
    }
}
