package com.palmpos.ui.internal.manager;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.menu.Category;
import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.ItemUnavailableException;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.ui.UiSettings;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Journey 7: a manager 86es an item by touch and brings it back by keyboard; the counter follows. */
class MenuAvailabilityFxTest extends ManagerFxTestBase {

    @Test
    void hubShowsEveryTileWithItsShortcut() {
        openManagerHub();

        assertThat(fx.text("#tile-settings")).isEqualTo("Terminal settings");
        assertThat(onFx(() -> robot.lookup("#tile-menu .shortcut-hint").queryLabeled().getText())).isEqualTo("F2");
        robot.push(KeyCode.F2);
        waitUntil(() -> fx.isShown("#page-menu"));
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> fx.isShown("#manager-tiles"));
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> fx.isShown("#counter-screen"));
    }

    @Test
    void eightySixedItemIsRefusedByTheCounterUntilBroughtBack() {
        Category first = counter.services.menus().menu().categories().get(0);
        MenuItem item = counter.services.menus().menu().itemsIn(first.id()).get(0);
        LineRequest request = LineRequest.of(item.id(), item.hasSizes() ? item.sizes().get(0).id() : null);
        openManagerHub();
        robot.clickOn("#tile-menu");
        waitUntil(() -> fx.isShown("#menu-toggle-" + item.id()));

        robot.clickOn("#menu-toggle-" + item.id());
        waitForFeedback(item.name() + " is off sale");

        assertThat(counter.services.menus().isAvailable(item.id())).isFalse();
        Order order = counter.services.orders().open(ServiceMode.TAKEOUT, "", "staff");
        assertThatThrownBy(() -> counter.services.orders().addItem(order.id(), request))
                .isInstanceOf(ItemUnavailableException.class);
        assertThat(fx.text("#menu-toggle-" + item.id())).isEqualTo("Bring back");
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> fx.isShown("#counter-screen"));
        assertThat(fx.text("#menu-item-" + item.id())).endsWith("Sold out");
        assertThat(onFx(() -> robot.lookup("#menu-item-" + item.id()).query().isDisabled())).isTrue();
        robot.push(KeyCode.F12);
        waitUntil(() -> fx.isShown("#manager-tiles"));
        robot.push(KeyCode.F2);
        waitUntil(() -> fx.isShown("#menu-toggle-" + item.id()));

        robot.push(KeyCode.HOME);
        robot.push(KeyCode.ENTER);
        waitForFeedback(item.name() + " is back on sale");
        assertThat(counter.services.menus().isAvailable(item.id())).isTrue();
        assertThat(counter.services.orders().addItem(order.id(), request).lines()).hasSize(1);
    }

    @Test
    void pageDownShowsTheNextCategoryInGerman() {
        Category second = counter.services.menus().menu().categories().get(1);
        openManagerHub(UiSettings.defaults().withLocale(Locale.GERMAN));
        robot.push(KeyCode.F2);
        waitUntil(() -> fx.isShown("#page-menu"));

        robot.push(KeyCode.PAGE_DOWN);

        waitUntil(() -> onFx(() -> robot.lookup("#menu-category-" + second.id()).queryAs(
                javafx.scene.control.ToggleButton.class).isSelected()));
        assertThat(fx.text("#manager-back")).isEqualTo("Zur\u00fcck");
    }
}
