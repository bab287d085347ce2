package com.palmpos.ui.internal.counter;

import com.palmpos.pos.menu.Combo;
import com.palmpos.pos.menu.ComboSlot;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.order.ComboRequest;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A meal deal before it goes on the order: one item per slot (each with its own size and modifiers, as on the item
 * sheet), quantity and a kitchen note. Says what is still missing; the deal's price is the menu's (extras are priced
 * by the order service when the line is added). A slot with a single item on sale is chosen already. FX thread
 * only; testable without a toolkit.
 */
public final class MealDealViewModel {

    private final Combo deal;
    private final Menu menu;
    private final String storeId;
    private final Messages messages;
    private final Predicate<String> available;
    private final Map<String, ItemChoiceViewModel> picks = new LinkedHashMap<>();
    private final IntegerProperty quantity = new SimpleIntegerProperty(this, "quantity", 1);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");

    /**
     * @param storeId   the parts' size prices are this store's
     * @param available whether an item is on sale (86'd items cannot be picked)
     */
    public MealDealViewModel(Combo deal, Menu menu, String storeId, Messages messages, Predicate<String> available) {
        this.deal = deal;
        this.menu = menu;
        this.storeId = storeId;
        this.messages = messages;
        this.available = available;
        for (ComboSlot slot : deal.slots()) {
            List<MenuItem> onSale = items(slot).stream().filter(this::isAvailable).toList();
            if (onSale.size() == 1) {
                pick(slot, onSale.get(0));
            }
        }
    }

    public Combo deal() {
        return deal;
    }

    /** The menu items offered for {@code slot}, in the deal's order (items missing from the menu are left out). */
    public List<MenuItem> items(ComboSlot slot) {
        return slot.itemIds().stream().map(menu::item).flatMap(Optional::stream).toList();
    }

    public boolean isAvailable(MenuItem item) {
        return available.test(item.id());
    }

    /** Chooses {@code item} for {@code slot}, replacing an earlier pick (its size and options start afresh). */
    public void pick(ComboSlot slot, MenuItem item) {
        if (!slot.itemIds().contains(item.id()) || !isAvailable(item)) {
            return;
        }
        ItemChoiceViewModel earlier = picks.get(slot.id());
        if (earlier != null && earlier.item().id().equals(item.id())) {
            return;
        }
        picks.put(slot.id(), new ItemChoiceViewModel(item, menu, storeId, messages));
        problem.set("");
        revision.set(revision.get() + 1);
    }

    /** The part chosen for {@code slot}, with its own size and modifier choices; empty until picked. */
    public Optional<ItemChoiceViewModel> pickOf(ComboSlot slot) {
        return Optional.ofNullable(picks.get(slot.id()));
    }

    public IntegerProperty quantityProperty() {
        return quantity;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Counts changes of the picks, so the view can redraw the parts' choices. */
    public IntegerProperty revisionProperty() {
        return revision;
    }

    /** What is still missing ("Still to choose: Half sandwich"), empty when the deal can be added. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void increment() {
        quantity.set(Math.min(99, quantity.get() + 1));
    }

    public void decrement() {
        quantity.set(Math.max(1, quantity.get() - 1));
    }

    /** The request for the order service, or empty (with {@link #problemProperty()} set) while a choice is missing. */
    public Optional<ComboRequest> request() {
        List<String> missing = new ArrayList<>();
        Map<String, LineRequest> components = new LinkedHashMap<>();
        for (ComboSlot slot : deal.slots()) {
            ItemChoiceViewModel part = picks.get(slot.id());
            if (part == null) {
                missing.add(slot.name());
                continue;
            }
            part.request().ifPresentOrElse(request -> components.put(slot.id(), request),
                    () -> missing.add(part.item().name() + ": " + part.missingGroups()));
        }
        if (!missing.isEmpty()) {
            problem.set(messages.get("counter.choice.missing", String.join(", ", missing)));
            return Optional.empty();
        }
        problem.set("");
        return Optional.of(new ComboRequest(deal.id(), quantity.get(), components, note.get().trim()));
    }
}
