package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.session.CounterSession;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.Category;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.ScriptedPalmReader;
import com.palmpos.ui.testing.TestCounter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counter's menu grid follows a menu pulled from the cloud (MenuService.replace), without a restart. */
class MenuRefreshTest {
    /** The bakery with a new item, and a new category; no soups any more. */
    private static final String PULLED = """
            {"formatVersion":1,"name":"Palm Bakery Cafe","currency":"USD","taxes":{"t":[]},
             "categories":[{"id":"bakery","name":"Bakery","icon":"B"},{"id":"specials","name":"Specials","icon":"S"}],
             "items":[
              {"id":"croissant","name":"Butter croissant","category":"bakery","icon":"B","price":"3.25","taxClass":"t"},
              {"id":"kouign-amann","name":"Kouign-amann","category":"bakery","icon":"B","price":"4.10","taxClass":"t"},
              {"id":"pie-of-the-day","name":"Pie of the day","category":"specials","icon":"S","price":"5.00","taxClass":"t"}]}
            """;

    @TempDir
    Path dir;
    private TestCounter counter;
    private CounterViewModel model;

    @BeforeEach
    void open() {
        counter = new TestCounter(dir);
        CounterSession session = new CounterSession(counter.servicesWith(new ScriptedPalmReader()),
                new ImmediateTaskRunner(), Messages.forLocale(Locale.ENGLISH));
        model = new CounterViewModel(session);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void aReplacedMenuBringsItsCategoriesAndTilesAndKeepsThe86dItemOffSale() throws IOException {
        MenuPanelViewModel grid = model.menu();
        Category bakery = grid.categories().stream().filter(c -> c.id().equals("bakery")).findFirst().orElseThrow();
        grid.categoryProperty().set(bakery);
        counter.services.menus().markUnavailable("croissant", "manager");

        counter.services.menus().replace(pulled());

        assertThat(grid.categories()).extracting(Category::id).containsExactly("bakery", "specials");
        assertThat(grid.categoryProperty().get().id()).as("the cashier's category stays").isEqualTo("bakery");
        assertThat(grid.tiles()).extracting(t -> t.item().id(), MenuTile::available).containsExactly(
                org.assertj.core.groups.Tuple.tuple("croissant", false),
                org.assertj.core.groups.Tuple.tuple("kouign-amann", true));
    }

    @Test
    void aCategoryThatIsGoneFallsBackToTheFirstOne() throws IOException {
        MenuPanelViewModel grid = model.menu();
        assertThat(grid.categoryProperty().get().id()).isEqualTo("soups");

        counter.services.menus().replace(pulled());

        assertThat(grid.categoryProperty().get().id()).isEqualTo("bakery");
        assertThat(grid.tiles()).extracting(t -> t.item().id()).contains("kouign-amann");
    }

    private static Menu pulled() throws IOException {
        return new MenuLoader().load(new ByteArrayInputStream(PULLED.getBytes(StandardCharsets.UTF_8)), "pulled");
    }
}
