package com.palmpos.ui.internal.manager;

import com.palmpos.pos.menu.Category;
import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.task.TaskRunner;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "86" board: the menu by category, each item on or off sale. Taking an item off sale goes through
 * {@link MenuService#markUnavailable}, which the counter's order service consults on every item added, so the counter
 * refuses it at once. UI thread only; service calls run on the task runner.
 */
public final class MenuAvailabilityViewModel implements PageModel {

    /** One item as the board shows it. */
    public record ItemRow(String id, String name, boolean available) {}

    private final ManagerContext context;
    private final Feedback feedback = new Feedback();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category");
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final Set<String> unavailable = new HashSet<>();

    public MenuAvailabilityViewModel(ManagerContext context) {
        this.context = context;
        List<Category> categories = categories();
        category.set(categories.isEmpty() ? null : categories.get(0));
        category.addListener((obs, old, now) -> rebuild());
    }

    @Override
    public void onShow() {
        feedback.clear();
        MenuService menus = context.services().menus();
        context.tasks().run("load unavailable items", menus::unavailableItems, ids -> {
            unavailable.clear();
            unavailable.addAll(ids);
            rebuild();
        }, failure -> feedback.error(messages().get("manager.menu.loadFailed", context.errors().describe(failure))));
    }

    public List<Category> categories() {
        return context.services().menus().menu().categories();
    }

    /** Shows the next ({@code +1}) or previous ({@code -1}) category, wrapping round. */
    public void moveCategory(int step) {
        List<Category> all = categories();
        if (all.isEmpty()) {
            return;
        }
        int at = Math.max(0, all.indexOf(category.get()));
        category.set(all.get(Math.floorMod(at + step, all.size())));
    }

    /** Takes an available item off sale, or brings an 86'd item back. */
    public void toggle(ItemRow row) {
        if (row == null || feedback.isBusy()) {
            return;
        }
        Messages messages = messages();
        MenuService menus = context.services().menus();
        String staffId = context.staffId();
        boolean takeOff = row.available();
        feedback.busy(messages.get(takeOff ? "manager.menu.marking86" : "manager.menu.markingBack", row.name()));
        TaskRunner tasks = context.tasks();
        tasks.run(takeOff ? "mark item unavailable" : "mark item available", () -> {
            if (takeOff) {
                menus.markUnavailable(row.id(), staffId);
            } else {
                menus.markAvailable(row.id());
            }
            return menus.unavailableItems();
        }, ids -> {
            unavailable.clear();
            unavailable.addAll(ids);
            rebuild();
            feedback.ok(messages.get(takeOff ? "manager.menu.marked86" : "manager.menu.markedBack", row.name()));
        }, failure -> feedback.error(messages.get("manager.menu.failed", row.name(),
                context.errors().describe(failure))));
    }

    private void rebuild() {
        Category current = category.get();
        if (current == null) {
            items.clear();
            return;
        }
        List<MenuItem> inCategory = context.services().menus().menu().itemsIn(current.id());
        items.setAll(inCategory.stream()
                .map(item -> new ItemRow(item.id(), item.name(), !unavailable.contains(item.id()))).toList());
    }

    private Messages messages() {
        return context.messages();
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public Feedback feedback() {
        return feedback;
    }
}
