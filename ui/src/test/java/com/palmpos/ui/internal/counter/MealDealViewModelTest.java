package com.palmpos.ui.internal.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.Combo;
import com.palmpos.pos.menu.ComboSlot;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.order.ComboRequest;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MealDealViewModelTest {

    private final Menu menu = new MenuLoader().loadDemo();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final Combo pickTwo = menu.combo("you-pick-two").orElseThrow();

    @Test
    void namesEverySlotStillToChoose() {
        MealDealViewModel deal = new MealDealViewModel(pickTwo, menu, "store-test", messages, id -> true);

        assertThat(deal.request()).isEmpty();
        assertThat(deal.problemProperty().get()).isEqualTo("Still to choose: Soup or salad, Half sandwich");
    }

    @Test
    void requestCarriesEachPartWithItsSizeAndOptions() {
        MealDealViewModel deal = new MealDealViewModel(pickTwo, menu, "store-test", messages, id -> true);
        deal.pick(slot("first"), menu.item("lentil-soup").orElseThrow());
        deal.pick(slot("second"), menu.item("caprese").orElseThrow());
        ItemChoiceViewModel sandwich = deal.pickOf(slot("second")).orElseThrow();
        var bread = sandwich.groups().get(0);
        sandwich.toggle(bread, bread.option("baguette").orElseThrow());
        deal.increment();

        ComboRequest request = deal.request().orElseThrow();

        assertThat(request.comboId()).isEqualTo("you-pick-two");
        assertThat(request.quantity()).isEqualTo(2);
        assertThat(request.components().get("first").itemId()).isEqualTo("lentil-soup");
        assertThat(request.components().get("second").choices()).containsEntry("bread", java.util.List.of("baguette"));
    }

    @Test
    void soldOutPartCannotBePickedAndASlotWithOneLeftIsChosenAlready() {
        Set<String> soldOut = Set.of("drip-coffee");
        Combo coffeeAndPastry = menu.combo("coffee-and-pastry").orElseThrow();
        MealDealViewModel deal = new MealDealViewModel(coffeeAndPastry, menu, "store-test", messages,
                id -> !soldOut.contains(id));
        ComboSlot coffee = coffeeAndPastry.slots().get(0);

        assertThat(deal.pickOf(coffee)).map(pick -> pick.item().id()).contains("latte");
        deal.pick(coffee, menu.item("drip-coffee").orElseThrow());
        assertThat(deal.pickOf(coffee)).map(pick -> pick.item().id()).contains("latte");
    }

    private ComboSlot slot(String id) {
        return pickTwo.slots().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
