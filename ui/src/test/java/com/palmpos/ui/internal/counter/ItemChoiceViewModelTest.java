package com.palmpos.ui.internal.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.ModifierGroup;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ItemChoiceViewModelTest {

    private static final String STORE = "store-test";
    private final Menu menu = new MenuLoader().loadDemo();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void refusesLineWhileRequiredGroupIsEmpty() {
        ItemChoiceViewModel model = choiceWithRequiredGroup();

        assertThat(model.request()).isEmpty();
        assertThat(model.problemProperty().get()).startsWith("Still to choose: ");
    }

    @Test
    void pickingInSingleChoiceGroupReplacesEarlierPick() {
        ItemChoiceViewModel model = choiceWithRequiredGroup();
        ModifierGroup group = requiredSingle(model);

        model.toggle(group, group.options().get(0));
        model.toggle(group, group.options().get(1));

        assertThat(model.isChosen(group, group.options().get(0))).isFalse();
        assertThat(model.isChosen(group, group.options().get(1))).isTrue();
    }

    @Test
    void refusesPickBeyondGroupMaximum() {
        ModifierGroup multi = menu.modifierGroups().stream().filter(g -> g.max() > 1 && g.options().size() > g.max())
                .findFirst().orElseThrow();
        var item = menu.items().stream().filter(i -> i.modifierGroupIds().contains(multi.id())).findFirst()
                .orElseThrow();
        ItemChoiceViewModel model = new ItemChoiceViewModel(item, menu, STORE, messages);

        for (int i = 0; i <= multi.max(); i++) {
            model.toggle(multi, multi.options().get(i));
        }

        assertThat(multi.options().subList(0, multi.max() + 1).stream().filter(o -> model.isChosen(multi, o)))
                .hasSize(multi.max());
        assertThat(model.problemProperty().get()).startsWith("At most " + multi.max());
    }

    @Test
    void requestCarriesSizeChoicesQuantityAndNote() {
        var soup = menu.item("tomato-basil-soup").orElseThrow();
        ItemChoiceViewModel model = new ItemChoiceViewModel(soup, menu, STORE, messages);
        ModifierGroup side = menu.modifierGroup("soup-side").orElseThrow();

        model.sizeProperty().set(soup.size("bowl").orElseThrow());
        model.toggle(side, side.option("side-chips").orElseThrow());
        model.increment();
        model.noteProperty().set("  no cream ");

        LineRequest request = model.request().orElseThrow();
        assertThat(request.sizeId()).isEqualTo("bowl");
        assertThat(request.choices()).containsEntry("soup-side", List.of("side-chips"));
        assertThat(request.quantity()).isEqualTo(2);
        assertThat(request.note()).isEqualTo("no cream");
        assertThat(model.priceProperty().get()).isEqualTo("$14.90");
    }

    @Test
    void pricesAreTheStoresOwn() {
        var latte = menu.item("latte").orElseThrow();

        ItemChoiceViewModel airport = new ItemChoiceViewModel(latte, menu, "store-airport", messages);

        assertThat(airport.priceProperty().get()).isEqualTo("$4.95");
        assertThat(airport.priceOf(latte.size("large").orElseThrow()).toPlainString()).isEqualTo("5.65");
    }

    private ItemChoiceViewModel choiceWithRequiredGroup() {
        var item = menu.items().stream()
                .filter(i -> i.modifierGroupIds().stream().map(id -> menu.modifierGroup(id).orElseThrow())
                        .anyMatch(g -> g.min() == 1 && g.max() == 1))
                .findFirst().orElseThrow();
        return new ItemChoiceViewModel(item, menu, STORE, messages);
    }

    private static ModifierGroup requiredSingle(ItemChoiceViewModel model) {
        return model.groups().stream().filter(g -> g.min() == 1 && g.max() == 1).findFirst().orElseThrow();
    }
}
